import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { ruleErrorsToMedusaError } from "../../../lib/errors"
import { checkSubgroup, evaluateScoreSheet, parseVnDate, vnDateOf, vnDateStart, type RuleError } from "../../../rules"
import type { EvaluationCreateData, EvaluationInput } from "../types"
import { readsOneByOne, type CertificateReads } from "./certificate-reads"

type Container = Pick<MedusaContainer, "resolve">

/** Reads an evaluation date: a day (its start in Vietnam) or an instant. */
function evaluationInstant(value: unknown): Date | null {
  if (typeof value !== "string") return null
  const day = parseVnDate(value)
  if (!day) return null
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? vnDateStart(day) : new Date(value)
}

/**
 * Checks an evaluation against the rules and the data it refers to; returns what to store, with
 * the computed stars. `prefix` names the fields inside a larger body (e.g. "evaluation.").
 */
export async function prepareEvaluation(
  container: Container,
  input: EvaluationInput,
  at: Date,
  prefix = "",
  reads: CertificateReads = readsOneByOne(container),
): Promise<{ errors: RuleError[]; data: EvaluationCreateData | null; subject: Record<string, any> | null }> {
  const errors: RuleError[] = []
  const sheet = evaluateScoreSheet({
    product_group: input.product_group,
    scores: input.scores,
    mandatory_unmet: input.mandatory_unmet ?? [],
    part_a: input.part_a,
    part_b: input.part_b,
    part_c: input.part_c,
    total: input.total,
  })
  if (!sheet.ok) errors.push(...sheet.errors)
  const subgroup = checkSubgroup(input.product_group, input.subgroup)
  errors.push(...subgroup.errors)
  if (typeof input.council !== "string" || !input.council.trim()) {
    errors.push({ field: "council", rule: "required", message: "the evaluation council is required" })
  }
  const evaluatedAt = evaluationInstant(input.evaluated_at)
  if (!evaluatedAt) {
    errors.push({
      field: "evaluated_at",
      rule: "date",
      params: { value: typeof input.evaluated_at === "string" ? input.evaluated_at : "" },
      message: `not a date: ${JSON.stringify(input.evaluated_at)} (expected YYYY-MM-DD or an ISO date-time)`,
    })
  } else if (evaluatedAt.getTime() > at.getTime()) {
    errors.push({
      field: "evaluated_at",
      rule: "future",
      params: { today: vnDateOf(at) },
      message: "an evaluation cannot be dated in the future",
    })
  }

  const subject = input.subject_id ? await reads.subject(input.subject_id) : undefined
  if (!subject) {
    errors.push({
      field: "subject_id",
      rule: "exists",
      message: `no OCOP subject with id ${JSON.stringify(input.subject_id)}`,
    })
  }
  if (!input.product_id || (await reads.productTitle(input.product_id)) === undefined) {
    errors.push({
      field: "product_id",
      rule: "exists",
      message: `no product with id ${JSON.stringify(input.product_id)}`,
    })
  }

  const prefixed = errors.map((error) => ({ ...error, field: `${prefix}${error.field}` }))
  if (prefixed.length || !sheet.ok) return { errors: prefixed, data: null, subject: subject ?? null }
  const result = sheet.value
  return {
    errors: [],
    subject: subject!,
    data: {
      subject_id: subject!.id,
      product_id: input.product_id,
      product_group: input.product_group,
      subgroup: subgroup.label!,
      scores: result.scores,
      part_a: result.part_a,
      part_b: result.part_b,
      part_c: result.part_c,
      total: result.total,
      mandatory_unmet: result.mandatory_unmet,
      council: input.council.trim(),
      evaluated_at: evaluatedAt!.toISOString(),
      computed_stars: result.stars,
    },
  }
}

export const prepareEvaluationStepId = "ocop-prepare-evaluation"

/** Validates an evaluation (reads only): 400 naming each broken rule. */
export const prepareEvaluationStep = createStep(
  prepareEvaluationStepId,
  async (input: EvaluationInput & { now?: string }, { container }) => {
    const { errors, data } = await prepareEvaluation(container, input, clock(input.now))
    if (errors.length) throw ruleErrorsToMedusaError(errors)
    return new StepResponse(data!)
  },
)
