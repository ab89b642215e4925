import type { DistributorRole } from "../../modules/distributor/models"

export interface DeliveryAddressInput {
  label?: string | null
  address_1: string
  province: string
}

export interface RegisterCompanyInput {
  customer_id: string
  email: string
  name: string
  tax_code: string
  invoice_address: string
  delivery_addresses: DeliveryAddressInput[]
  contact_name: string
  contact_phone: string
  contact_email: string
}

export interface AddMemberInput {
  company_id: string
  email: string
  role: DistributorRole
  spending_limit?: number | null
}
