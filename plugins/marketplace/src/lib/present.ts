import type { SellerModuleService } from "../modules/seller"

/** A seller as the API shows it: nested address and bank account, commission in percent. */
export function presentSeller(service: SellerModuleService, seller: Record<string, any>) {
  return {
    id: seller.id,
    legal_name: seller.legal_name,
    type: seller.type,
    tax_code: seller.tax_code,
    email: seller.email,
    phone: seller.phone,
    address: { address_1: seller.address_1, province_code: seller.province },
    bank_account: {
      bank_name: seller.bank_name,
      account_number: seller.bank_account_number,
      account_holder: seller.bank_account_holder,
    },
    logo_url: seller.logo_url ?? null,
    story: seller.story ?? null,
    status: seller.status,
    rejection_reason: seller.rejection_reason ?? null,
    reviewed_at: seller.reviewed_at ?? null,
    commission_rate: service.commissionBps(seller) / 100,
    created_at: seller.created_at,
  }
}

export function presentMember(member: Record<string, any>) {
  return { id: member.id, email: member.email, role: member.role, seller_id: member.seller_id ?? member.seller?.id }
}
