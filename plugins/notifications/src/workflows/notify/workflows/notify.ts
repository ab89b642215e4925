import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildNotificationsStep, type NotifyInput } from "../steps/build-notifications"

export const notifyWorkflowId = "notifications-notify"

/**
 * Tells the receivers of one happening: in-app always, by e-mail as each person chose, through
 * Medusa's Notification Module (its providers per channel are set in medusa-config).
 */
export const notifyWorkflow = createWorkflow(notifyWorkflowId, (input: NotifyInput) => {
  return new WorkflowResponse(sendNotificationsStep(buildNotificationsStep(input)))
})

export type { NotifyInput }
