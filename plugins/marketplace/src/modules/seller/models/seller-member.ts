import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

export const MEMBER_ROLES = ["owner", "staff", "accountant"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** A person acting for a seller: the `seller` actor (auth identity app_metadata.seller_id = this id). */
export const SellerMember = model.define("seller_member", {
  id: model.id({ prefix: "selmem" }).primaryKey(),
  email: model.text(),
  role: model.enum([...MEMBER_ROLES]),
  seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
})
