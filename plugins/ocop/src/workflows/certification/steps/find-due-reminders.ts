import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { DEFAULT_OCOP_OFFICE_EMAIL, type CertificateExpiring } from "../../../constants"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { daysToExpiry, dueReminder, validUntilFromExpiry } from "../../../rules"
import type { CertificateUpdate } from "./update-certificates"

export interface DueReminders {
  marks: CertificateUpdate[]
  /** One `ocop-certificate.expiring` event each: the notifications plugin tells the holder. */
  reminders: CertificateExpiring[]
}

export const findDueRemindersStepId = "ocop-find-due-reminders"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Valid certificates expiring within 30 days whose 30-day reminder, or within 7 days whose 7-day
 * reminder, has not been sent (reads only), with what the reminder says and where a holder without
 * a seller account is written to.
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
    if (!due.length) return new StepResponse<DueReminders>({ marks: [], reminders: [] })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "handle"],
      filters: { id: [...new Set(due.map(({ certificate }) => certificate.product_id))] },
    })
    const titles = new Map((products as { id: string; title: string }[]).map((p) => [p.id, p.title]))
    const office = process.env.OCOP_OFFICE_EMAIL || DEFAULT_OCOP_OFFICE_EMAIL
    const sentAt = at.toISOString()

    const result: DueReminders = { marks: [], reminders: [] }
    for (const { certificate, reminder } of due) {
      const mark: CertificateUpdate = { id: certificate.id }
      for (const days of reminder.mark) mark[days === 30 ? "reminder_30_sent_at" : "reminder_7_sent_at"] = sentAt
      result.marks.push(mark)
      const subject = certificate.subject as Record<string, any> | null
      result.reminders.push({
        id: certificate.id,
        subject_id: subject?.id ?? null,
        days: reminder.send!,
        days_left: daysToExpiry(certificate, at),
        decision_number: certificate.decision_number,
        stars: certificate.stars,
        product_id: certificate.product_id,
        product_title: titles.get(certificate.product_id) ?? null,
        producer: subject?.legal_name ?? null,
        valid_until: validUntilFromExpiry(certificate.expires_at),
        contact_email: subject?.email || office,
      })
    }
    return new StepResponse(result)
  },
)
