import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { DEFAULT_OCOP_OFFICE_EMAIL, EXPIRY_REMINDER_TEMPLATE } from "../../../constants"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { daysToExpiry, dueReminder, validUntilFromExpiry } from "../../../rules"
import type { CertificateUpdate } from "./update-certificates"

export interface DueReminders {
  marks: CertificateUpdate[]
  notifications: {
    to: string
    channel: "email"
    template: string
    idempotency_key: string
    resource_id: string
    resource_type: string
    data: Record<string, unknown>
  }[]
}

export const findDueRemindersStepId = "ocop-find-due-reminders"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Valid certificates expiring within 30 days whose 30-day reminder, or within 7 days whose 7-day
 * reminder, has not been sent (reads only). Each reminder has an idempotency key, so the
 * Notification module never sends it twice.
 */
export const findDueRemindersStep = createStep(
  findDueRemindersStepId,
  async (input: { now?: string }, { container }) => {
    const at = clock(input.now)
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const candidates = await certification.listOcopCertificates(
      {
        status: "valid",
        expires_at: { $gt: at, $lte: new Date(at.getTime() + 30 * DAY_MS) },
        $or: [{ reminder_30_sent_at: null }, { reminder_7_sent_at: null }],
      } as any,
      { relations: ["subject"], take: null },
    )
    const due = candidates
      .map((certificate) => ({ certificate, reminder: dueReminder(certificate, at) }))
      .filter(({ reminder }) => reminder.send !== null)
    if (!due.length) return new StepResponse<DueReminders>({ marks: [], notifications: [] })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "handle"],
      filters: { id: [...new Set(due.map(({ certificate }) => certificate.product_id))] },
    })
    const titles = new Map((products as { id: string; title: string }[]).map((p) => [p.id, p.title]))
    const office = process.env.OCOP_OFFICE_EMAIL || DEFAULT_OCOP_OFFICE_EMAIL
    const sentAt = at.toISOString()

    const result: DueReminders = { marks: [], notifications: [] }
    for (const { certificate, reminder } of due) {
      const mark: CertificateUpdate = { id: certificate.id }
      for (const days of reminder.mark) mark[days === 30 ? "reminder_30_sent_at" : "reminder_7_sent_at"] = sentAt
      result.marks.push(mark)
      const subject = certificate.subject as Record<string, any> | null
      result.notifications.push({
        to: subject?.email || office,
        channel: "email",
        template: EXPIRY_REMINDER_TEMPLATE,
        idempotency_key: `ocop-certificate-${certificate.id}-expiry-${reminder.send}`,
        resource_id: certificate.id,
        resource_type: "ocop_certificate",
        data: {
          reminder_days: reminder.send,
          days_left: daysToExpiry(certificate, at),
          decision_number: certificate.decision_number,
          stars: certificate.stars,
          valid_until: validUntilFromExpiry(certificate.expires_at),
          product_id: certificate.product_id,
          product_title: titles.get(certificate.product_id) ?? null,
          subject_id: subject?.id ?? null,
          producer: subject?.legal_name ?? null,
          subject: `Chứng nhận OCOP ${certificate.decision_number} hết hạn sau ${validUntilFromExpiry(certificate.expires_at)} — OCOP certificate expiring`,
        },
      })
    }
    return new StepResponse(result)
  },
)
