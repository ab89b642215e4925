import { model } from "@medusajs/framework/utils"
import { DistributorCompany } from "./distributor-company"

export const DISTRIBUTOR_ROLES = ["buyer", "approver", "accountant"] as const
export type DistributorRole = (typeof DISTRIBUTOR_ROLES)[number]

/**
 * A customer acting for a distributor company. A buyer's order above its spending limit (integer
 * VND; null = no limit) waits for an approver. Without `customer_id` it is an invitation to
 * `email`: nobody is bound until the person, signed in with that e-mail, accepts it
 * (`joined_at` is then set; a removed member is soft-deleted, so `deleted_at` ends the membership).
 */
export const DistributorMember = model
  .define("distributor_member", {
    id: model.id({ prefix: "dmem" }).primaryKey(),
    customer_id: model.text().nullable(),
    email: model.text(),
    role: model.enum([...DISTRIBUTOR_ROLES]),
    spending_limit: model.bigNumber().nullable(),
    joined_at: model.dateTime().nullable(),
    company: model.belongsTo(() => DistributorCompany, { mappedBy: "members" }),
  })
  // A customer acts for one company at a time; an invitation is found by its e-mail (one per company).
  .indexes([
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["company_id", "email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["email"], where: "deleted_at IS NULL AND customer_id IS NULL" },
  ])
