import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { findDueRemindersStep } from "../steps/find-due-reminders"
import { updateCertificatesStep } from "../steps/update-certificates"

export const sendExpiryRemindersWorkflowId = "ocop-send-expiry-reminders"

/**
 * Reminds subjects 30 and 7 days before a certificate expires, once each, by e-mail through the
 * Notification module. The marks are written first (compensated: put back if sending fails); a
 * sent e-mail cannot be unsent, and its idempotency key keeps a retry from sending it twice.
 */
export const sendExpiryRemindersWorkflow = createWorkflow(sendExpiryRemindersWorkflowId, (input: { now?: string }) => {
  const due = findDueRemindersStep(input)
  updateCertificatesStep(transform({ due }, ({ due }) => due.marks)).config({ name: "ocop-mark-reminders-sent" })
  sendNotificationsStep(transform({ due }, ({ due }) => due.notifications))
  return new WorkflowResponse({
    sent: transform({ due }, ({ due }) =>
      due.notifications.map((n) => ({ certificate_id: n.resource_id, days: n.data.reminder_days as number, to: n.to })),
    ),
  })
})
