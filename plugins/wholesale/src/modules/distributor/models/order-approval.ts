import { model } from "@medusajs/framework/utils"
import { DistributorCompany } from "./distributor-company"

export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "placed", "void"] as const

/**
 * A buyer's cart above its spending limit, waiting for an approver: pending → approved → placed
 * (the approver's decision completes the cart), or rejected with a reason. The approval binds the
 * cart as it was asked for (`snapshot`): a cart changed afterwards makes it void, and the buyer
 * asks again.
 */
export const OrderApproval = model
  .define("distributor_order_approval", {
    id: model.id({ prefix: "dapr" }).primaryKey(),
    cart_id: model.text(),
    /** Integer VND: the cart total when it was submitted. */
    amount: model.bigNumber(),
    /** The cart when it was submitted: { lines: [{ variant_id, quantity, unit_price }], total } (see lib/cart-snapshot). */
    snapshot: model.json().nullable(),
    status: model.enum([...APPROVAL_STATUSES]).default("pending"),
    requested_by_member_id: model.text(),
    decided_by_member_id: model.text().nullable(),
    reason: model.text().nullable(),
    order_id: model.text().nullable(),
    company: model.belongsTo(() => DistributorCompany, { mappedBy: "approvals" }),
  })
  .indexes([{ on: ["cart_id"], unique: true, where: "deleted_at IS NULL" }])
