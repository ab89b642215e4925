import { model } from "@medusajs/framework/utils"
import { SellerDocument } from "./seller-document"
import { SellerInvite } from "./seller-invite"
import { SellerMember } from "./seller-member"
import { SellerOrder } from "./seller-order"

export const SELLER_TYPES = ["enterprise", "cooperative", "cooperative_group", "household_business"] as const
export const SELLER_STATUSES = ["pending", "approved", "rejected"] as const

/** A seller on the marketplace: an OCOP subject (linked) with its payout details; approved by an operator. */
export const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    legal_name: model.text().searchable(),
    type: model.enum([...SELLER_TYPES]),
    /** Mã số thuế: 10 digits, 0123456789-001 for a branch, or a 12-digit personal ID (household business). */
    tax_code: model.text().unique().searchable(),
    email: model.text(),
    phone: model.text(),
    address_1: model.text(),
    /** One of the 34 current province-level units (plugins/ocop rules). */
    province: model.text(),
    bank_name: model.text(),
    bank_account_number: model.text(),
    bank_account_holder: model.text(),
    logo_url: model.text().nullable(),
    story: model.text().nullable(),
    status: model.enum([...SELLER_STATUSES]).default("pending"),
    rejection_reason: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    /** Commission in basis points (850 = 8.5 %); null = the plugin's default rate. */
    commission_rate_bps: model.number().nullable(),
    members: model.hasMany(() => SellerMember, { mappedBy: "seller" }),
    invites: model.hasMany(() => SellerInvite, { mappedBy: "seller" }),
    orders: model.hasMany(() => SellerOrder, { mappedBy: "seller" }),
    documents: model.hasMany(() => SellerDocument, { mappedBy: "seller" }),
  })
  .indexes([{ on: ["status"], where: "deleted_at IS NULL" }])
