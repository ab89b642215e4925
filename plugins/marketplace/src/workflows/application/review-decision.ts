import type { ReviewDecisionInput, StatusRecord } from "./types"

/**
 * What an operator's decision asks of the application steps: a pending (or earlier rejected) record
 * can be approved, only a pending one rejected, with its reason; the decision is stamped with its time.
 */
export function reviewDecision<Approved extends string>(
  record: StatusRecord,
  input: ReviewDecisionInput<Approved>,
  approved: Approved,
  now = new Date(),
) {
  return {
    check: {
      record,
      id: input.id,
      allowed: input.decision === approved ? ["pending", "rejected"] : ["pending"],
      action: `be ${input.decision}`,
    },
    update: {
      record,
      id: input.id,
      data: {
        status: input.decision,
        rejection_reason: input.decision === "rejected" ? input.reason : null,
        reviewed_at: now,
      },
    },
  }
}
