import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyWorkflow } from "@ocop/plugin-notifications/workflows"
import type { FollowTarget } from "../../../modules/follow"
import { findFollowersStep } from "../steps/find-followers"

export interface NotifyFollowersInput {
  targets: { target_type: FollowTarget; target_id: string }[]
  /** What happened: "ocop.product_published", "ocop.event_announced", "ocop.event_reminder". */
  template: "ocop.product_published" | "ocop.event_announced" | "ocop.event_reminder"
  resource_type: "product" | "trade_event"
  resource_id: string
  /** What the account page shows (title, link, dates). */
  data: Record<string, unknown>
}

/**
 * Tells each follower through the notification centre (plugin-notifications): in-app always, by
 * e-mail if the follower asked for it. Its idempotency keys (kind, resource, customer) keep a
 * customer from being told the same thing twice when the trigger repeats.
 */
export const notifyFollowersWorkflow = createWorkflow("ocop-notify-followers", (input: NotifyFollowersInput) => {
  const followers = findFollowersStep({ targets: input.targets })
  const notification = transform({ input, followers }, ({ input, followers }) => ({
    kind: input.template,
    resource_type: input.resource_type,
    resource_id: input.resource_id,
    data: input.data,
    customer_ids: followers.map((customer) => customer.id),
  }))
  return new WorkflowResponse(notifyWorkflow.runAsStep({ input: notification }))
})
