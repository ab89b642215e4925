import type { MemberRole } from "../../modules/seller/models"

export interface RegisterSellerInput {
  auth_identity_id: string
  legal_name: string
  type: "enterprise" | "cooperative" | "cooperative_group" | "household_business"
  tax_code: string
  email: string
  phone: string
  address: { address_1: string; province_code: string }
  bank_account: { bank_name: string; account_number: string; account_holder: string }
  story?: string | null
}

export interface AcceptInviteInput {
  auth_identity_id: string
  token: string
}

export type { MemberRole }
