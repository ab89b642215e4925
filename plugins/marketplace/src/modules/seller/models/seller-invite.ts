import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "./seller-member"
import { Seller } from "./seller"

/** An invitation for a staff member or accountant; the token is accepted once, before it expires. */
export const SellerInvite = model.define("seller_invite", {
  id: model.id({ prefix: "selinv" }).primaryKey(),
  email: model.text(),
  role: model.enum([...MEMBER_ROLES]),
  token: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  seller: model.belongsTo(() => Seller, { mappedBy: "invites" }),
})
