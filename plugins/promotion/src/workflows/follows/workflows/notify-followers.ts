import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { FollowTarget } from "../../../modules/follow"
import { findFollowersStep } from "../steps/find-followers"

export interface NotifyFollowersInput {
  targets: { target_type: FollowTarget; target_id: string }[]
  /** What happened: "ocop.product_published", "ocop.event_announced", "ocop.event_reminder". */
  template: string
  resource_type: "product" | "trade_event"
  resource_id: string
  /** What the account page shows (title, link, dates). */
  data: Record<string, unknown>
}

/**
 * Writes one notification per follower through Medusa's Notification module (its local provider
 * in development). The idempotency key (template, resource, customer) keeps a customer from being
 * told the same thing twice when the trigger repeats.
 */
export const notifyFollowersWorkflow = createWorkflow("ocop-notify-followers", (input: NotifyFollowersInput) => {
  const followers = findFollowersStep({ targets: input.targets })
  const notifications = transform({ input, followers }, ({ input, followers }) =>
    followers.map((customer) => ({
      to: customer.email,
      channel: "email",
      template: input.template,
      trigger_type: input.template,
      resource_type: input.resource_type,
      resource_id: input.resource_id,
      receiver_id: customer.id,
      data: input.data,
      idempotency_key: `${input.template}:${input.resource_id}:${customer.id}`,
    })),
  )
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
