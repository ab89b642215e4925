import { model } from "@medusajs/framework/utils"
import { DistributorCompany } from "./distributor-company"

export const DISTRIBUTOR_ROLES = ["buyer", "approver", "accountant"] as const
export type DistributorRole = (typeof DISTRIBUTOR_ROLES)[number]

/**
 * A customer acting for a distributor company. A buyer's order above its spending limit (integer
 * VND; null = no limit) waits for an approver. Without `customer_id` it is an invitation: the
 * person has no account yet and joins when registering with `email`.
 */
export const DistributorMember = model
  .define("distributor_member", {
    id: model.id({ prefix: "dmem" }).primaryKey(),
    customer_id: model.text().nullable(),
    email: model.text(),
    role: model.enum([...DISTRIBUTOR_ROLES]),
    spending_limit: model.bigNumber().nullable(),
    company: model.belongsTo(() => DistributorCompany, { mappedBy: "members" }),
  })
  // A customer acts for one company at a time; an invitation is found by its e-mail.
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["email"], where: "deleted_at IS NULL AND customer_id IS NULL" },
  ])
