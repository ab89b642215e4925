import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_EVENTS } from "../../../constants"
import { findDueRemindersStep } from "../steps/find-due-reminders"
import { updateCertificatesStep } from "../steps/update-certificates"

export const sendExpiryRemindersWorkflowId = "ocop-send-expiry-reminders"

/**
 * Reminds subjects 30 and 7 days before a certificate expires, once each, by e-mail through the
 * Notification module, and emits ocop-certificate.expiring (the seller is told in-app too).
 * The marks are written first (compensated: put back if sending fails); a
 * sent e-mail cannot be unsent, and its idempotency key keeps a retry from sending it twice.
 */
export const sendExpiryRemindersWorkflow = createWorkflow(sendExpiryRemindersWorkflowId, (input: { now?: string }) => {
  const due = findDueRemindersStep(input)
  updateCertificatesStep(transform({ due }, ({ due }) => due.marks)).config({ name: "ocop-mark-reminders-sent" })
  sendNotificationsStep(transform({ due }, ({ due }) => due.notifications))
  // The producer's seller is told in the notification centre (plugin-notifications).
  emitEventStep({
    eventName: CERTIFICATE_EVENTS.EXPIRING,
    data: transform({ due }, ({ due }) =>
      due.notifications.map((n) => ({
        id: n.resource_id,
        subject_id: n.data.subject_id,
        days: n.data.reminder_days,
        decision_number: n.data.decision_number,
        product_id: n.data.product_id,
        product_title: n.data.product_title,
        valid_until: n.data.valid_until,
      })),
    ),
  })
  return new WorkflowResponse({
    sent: transform({ due }, ({ due }) =>
      due.notifications.map((n) => ({ certificate_id: n.resource_id, days: n.data.reminder_days as number, to: n.to })),
    ),
  })
})
