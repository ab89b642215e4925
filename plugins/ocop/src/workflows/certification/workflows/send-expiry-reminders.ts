import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CERTIFICATE_EVENTS } from "../../../constants"
import { findDueRemindersStep } from "../steps/find-due-reminders"
import { updateCertificatesStep } from "../steps/update-certificates"

export const sendExpiryRemindersWorkflowId = "ocop-send-expiry-reminders"

/**
 * Reminds subjects 30 and 7 days before a certificate expires, once each: marks the reminders sent
 * (compensated: put back if the workflow fails) and emits `ocop-certificate.expiring` per reminder.
 * Only the notifications plugin writes notifications: it tells the holder in-app and by e-mail as
 * each of its people chose, so nobody gets a reminder twice or one they turned off.
 */
export const sendExpiryRemindersWorkflow = createWorkflow(sendExpiryRemindersWorkflowId, (input: { now?: string }) => {
  const due = findDueRemindersStep(input)
  updateCertificatesStep(transform({ due }, ({ due }) => due.marks)).config({ name: "ocop-mark-reminders-sent" })
  emitEventStep({
    eventName: CERTIFICATE_EVENTS.EXPIRING,
    data: transform({ due }, ({ due }) => due.reminders),
  })
  return new WorkflowResponse({
    sent: transform({ due }, ({ due }) => due.reminders.map((r) => ({ certificate_id: r.id, days: r.days }))),
  })
})
