/** A distributor company as the API shows it. */
export function presentCompany(company: Record<string, any>) {
  return {
    id: company.id,
    name: company.name,
    tax_code: company.tax_code,
    invoice_address: company.invoice_address,
    delivery_addresses: company.delivery_addresses ?? [],
    contact: { name: company.contact_name, phone: company.contact_phone, email: company.contact_email },
    status: company.status,
    rejection_reason: company.rejection_reason ?? null,
    reviewed_at: company.reviewed_at ?? null,
    created_at: company.created_at,
  }
}

export function presentMember(member: Record<string, any>) {
  return {
    id: member.id,
    email: member.email,
    /** Invited by e-mail: joins when the person accepts, signed in with it */
    invited: !member.customer_id,
    joined_at: member.joined_at ?? null,
    role: member.role,
    spending_limit: member.spending_limit ?? null,
    company_id: member.company_id ?? member.company?.id,
  }
}

/**
 * An approval as a member sees it: the cart's lines and total as sent (what the approver decides
 * on). The cart's id only to the buyer who sent it (the approver acts on the approval, not the cart).
 */
export function presentApproval(approval: Record<string, any>, viewerMemberId: string) {
  return {
    id: approval.id,
    ...(approval.requested_by_member_id === viewerMemberId ? { cart_id: approval.cart_id } : {}),
    amount: approval.amount,
    lines: approval.snapshot?.lines ?? [],
    status: approval.status,
    requested_by_member_id: approval.requested_by_member_id,
    decided_by_member_id: approval.decided_by_member_id ?? null,
    reason: approval.reason ?? null,
    order_id: approval.order_id ?? null,
    created_at: approval.created_at,
    updated_at: approval.updated_at,
  }
}
