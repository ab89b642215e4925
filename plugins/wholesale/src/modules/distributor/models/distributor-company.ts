import { model } from "@medusajs/framework/utils"
import { DistributorMember } from "./distributor-member"
import { OrderApproval } from "./order-approval"

export const COMPANY_STATUSES = ["pending", "verified", "rejected"] as const
export type CompanyStatus = (typeof COMPANY_STATUSES)[number]

/** A distributor (wholesale buyer) company; an operator verifies it before it sees wholesale prices. */
export const DistributorCompany = model
  .define("distributor_company", {
    id: model.id({ prefix: "dco" }).primaryKey(),
    name: model.text().searchable(),
    /** Mã số thuế: 10 digits, or 0123456789-001 for a branch; unique among distributors. */
    tax_code: model.text().unique().searchable(),
    /** The address printed on VAT invoices. */
    invoice_address: model.text(),
    /** Where goods go: [{ label?, address_1, province }] (province: one of the 34 current units). */
    delivery_addresses: model.json(),
    contact_name: model.text(),
    contact_phone: model.text(),
    contact_email: model.text(),
    status: model.enum([...COMPANY_STATUSES]).default("pending"),
    rejection_reason: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    members: model.hasMany(() => DistributorMember, { mappedBy: "company" }),
    approvals: model.hasMany(() => OrderApproval, { mappedBy: "company" }),
  })
  .indexes([{ on: ["status"], where: "deleted_at IS NULL" }])
