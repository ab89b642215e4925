import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { ruleErrorsToMedusaError } from "../../../lib/errors"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import type { LotMasterData } from "../../../modules/traceability/types"
import { parseGtin, parseLotCode } from "../../../rules/gs1"
import { addDays, parseVnDate, vnDateOf } from "../../../rules/vn-date"
import type { RuleError } from "../../../rules/errors"
import type { CreateLotInput } from "../types"

/**
 * Checks a lot before anything is written (reads only): the variant has a GTIN, the lot number is
 * a valid AI 10 value not yet used for that GTIN, the dates are real days (production not in the
 * future, best-before/expiry after production), the inputs' GTINs are valid, and the producer is
 * known (given, or taken from the product's certificate). 400 naming every broken field.
 */
export const prepareLotStep = createStep("ocop-prepare-lot", async (input: CreateLotInput, { container }) => {
  const traceability = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const errors: RuleError[] = []
  const today = vnDateOf(clock(input.now))

  const [tradeItem] = await traceability.listTraceTradeItems({ variant_id: input.variant_id }, { take: 1 })
  if (!tradeItem) {
    errors.push({
      field: "variant_id",
      rule: "gtin",
      message:
        "this variant has no GTIN yet: give it its GTIN (or your GS1 company prefix) first, then declare the lot",
    })
  }
  const lot = parseLotCode(input.lot_code, "lot_code")
  if (!lot.ok) errors.push(lot.error)
  else if (tradeItem) {
    const [taken] = await traceability.listTraceLots({ gtin14: tradeItem.gtin14, lot_code: lot.value }, { take: 1 })
    if (taken)
      errors.push({
        field: "lot_code",
        rule: "unique",
        params: { lot: lot.value, gtin: tradeItem.gtin14 },
        message: `lot ${lot.value} already exists for GTIN ${tradeItem.gtin14} (${taken.id})`,
      })
  }

  const production = parseVnDate(input.production_date)
  if (!production)
    errors.push({
      field: "production_date",
      rule: "date",
      params: { value: String(input.production_date ?? "") },
      message: `"${input.production_date}" is not a date (YYYY-MM-DD)`,
    })
  else if (production > addDays(today, 1))
    errors.push({
      field: "production_date",
      rule: "future",
      params: { date: production, today },
      message: `${production} is in the future`,
    })
  const dates: Record<"best_before" | "expiry_date", string | null> = { best_before: null, expiry_date: null }
  for (const field of ["best_before", "expiry_date"] as const) {
    const raw = input[field]
    if (raw === undefined || raw === null || raw === "") continue
    const day = parseVnDate(raw)
    if (!day)
      errors.push({
        field,
        rule: "date",
        params: { value: String(raw) },
        message: `"${raw}" is not a date (YYYY-MM-DD)`,
      })
    else if (production && day <= production)
      errors.push({
        field,
        rule: "after_production",
        params: { date: day, production_date: production },
        message: `${day} is not after the production date ${production}`,
      })
    else dates[field] = day
  }
  if (!Number.isInteger(input.quantity_produced) || input.quantity_produced <= 0) {
    errors.push({
      field: "quantity_produced",
      rule: "positive",
      message: "the quantity produced is a whole number above zero",
    })
  }
  if (!input.origin_area?.trim())
    errors.push({
      field: "origin_area",
      rule: "required",
      message: "say where the raw material comes from (commune, province)",
    })
  ;(input.inputs ?? []).forEach((item, i) => {
    if (item.gtin) {
      const gtin = parseGtin(item.gtin, `inputs.${i}.gtin`)
      if (!gtin.ok) errors.push(gtin.error)
    }
    if (item.lot) {
      const code = parseLotCode(item.lot, `inputs.${i}.lot`)
      if (!code.ok) errors.push(code.error)
    }
    if (!item.gtin && !item.name)
      errors.push({ field: `inputs.${i}`, rule: "required", message: "an input needs a GTIN or a name" })
  })

  // The producer: the subject of the product's certificates.
  let subjectId = input.subject_id ?? null
  if (tradeItem) {
    const certificates = await certification.listOcopCertificates(
      { product_id: tradeItem.product_id },
      { select: ["id", "subject_id", "status"], order: { decision_date: "DESC" }, take: 1 },
    )
    const certified = (certificates[0] as { subject_id?: string } | undefined)?.subject_id ?? null
    if (subjectId && certified && certified !== subjectId) {
      errors.push({
        field: "subject_id",
        rule: "producer",
        message: `the product is certified for another producer (${certified}): a lot belongs to the product's producer`,
      })
    }
    subjectId ??= certified
  }
  if (subjectId) {
    const [subject] = await certification.listOcopSubjects({ id: subjectId }, { select: ["id"], take: 1 })
    if (!subject) errors.push({ field: "subject_id", rule: "exists", message: `no OCOP subject ${subjectId}` })
  } else if (tradeItem) {
    errors.push({
      field: "subject_id",
      rule: "required",
      message: "the product has no OCOP certificate to take the producer from: give subject_id",
    })
  }
  if (errors.length) throw ruleErrorsToMedusaError(errors)

  const data: LotMasterData = {
    gtin14: tradeItem!.gtin14,
    lot_code: lot.ok ? lot.value : "",
    variant_id: tradeItem!.variant_id,
    product_id: tradeItem!.product_id,
    subject_id: subjectId!,
    production_date: production!,
    best_before: dates.best_before,
    expiry_date: dates.expiry_date,
    quantity_produced: input.quantity_produced,
    unit: input.unit ?? "H87",
    origin_area: input.origin_area.trim(),
    inputs: input.inputs?.length ? input.inputs : null,
  }
  return new StepResponse(data)
})
