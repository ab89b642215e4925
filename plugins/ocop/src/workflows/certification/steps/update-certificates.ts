import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"

export type CertificateUpdate = {
  id: string
  status?: "valid" | "expired" | "revoked" | "superseded"
  revoked_at?: string | null
  revocation_reason?: string | null
  reminder_30_sent_at?: string | null
  reminder_7_sent_at?: string | null
}

const DATE_FIELDS = ["revoked_at", "reminder_30_sent_at", "reminder_7_sent_at"] as const

function toModel(update: Record<string, unknown>) {
  const data: Record<string, unknown> = { ...update }
  for (const field of DATE_FIELDS) {
    if (typeof data[field] === "string") data[field] = new Date(data[field] as string)
  }
  return data
}

export const updateCertificatesStepId = "ocop-update-certificates"

/**
 * Updates certificates (status, revocation, reminder marks). Compensation puts back the previous
 * value of every field it changed.
 */
export const updateCertificatesStep = createStep(
  updateCertificatesStepId,
  async (updates: CertificateUpdate[], { container }) => {
    if (!updates.length) return new StepResponse([] as string[], [] as Record<string, unknown>[])
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const fields = [...new Set(updates.flatMap((update) => Object.keys(update)))]
    const before = await certification.listOcopCertificates(
      { id: updates.map((update) => update.id) },
      { select: fields as any, take: null },
    )
    const previous = before.map((row) => {
      const restore: Record<string, unknown> = {}
      for (const field of fields) {
        const value = (row as Record<string, unknown>)[field]
        restore[field] = value instanceof Date ? value.toISOString() : (value ?? null)
      }
      return restore
    })
    await certification.updateOcopCertificates(updates.map(toModel) as any)
    return new StepResponse(
      updates.map((update) => update.id),
      previous,
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    await certification.updateOcopCertificates(previous.map(toModel) as any)
  },
)
