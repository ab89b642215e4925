/**
 * What a distributor company that an operator has not verified (pending or rejected) may do.
 *
 * It may: invite people as buyers without a spending limit or as accountants (each invitation
 * waits for the person's consent), and see its own members. It may not: invite or appoint an
 * approver, set a spending limit (power over another person's purchases), see wholesale prices,
 * send bulk orders or quotes, ask for approvals or export orders. Its members' orders are not
 * recorded as the company's. Verification lifts all of it.
 */
export const UNVERIFIED_COMPANY_RULE = "unverified_company"

export function unverifiedMayGrant(grant: { role?: string | null; spending_limit?: number | null }) {
  return grant.role !== "approver" && (grant.spending_limit ?? null) === null
}
