import { z } from "@medusajs/framework/zod"
import { APPROVAL_STATUSES, DISTRIBUTOR_ROLES } from "../../../modules/distributor/models"

const text = (max: number) => z.string().trim().min(1).max(max)

/** Integer VND, at most 2 billion (the column is a 32-bit integer); null = no limit. */
export const SpendingLimit = z.number().int().min(0).max(2_000_000_000).nullable()

export const StoreRegisterCompany = z
  .object({
    name: text(200),
    tax_code: z.string().trim(),
    invoice_address: text(300),
    delivery_addresses: z
      .array(z.object({ label: z.string().trim().max(100).nullish(), address_1: text(300), province: text(100) }).strict())
      .min(1)
      .max(20),
    contact_name: text(100),
    contact_phone: z.string().trim().regex(/^\+?[\d\s.-]{8,20}$/, "a phone number"),
    contact_email: z.string().trim().email(),
  })
  .strict()
export type StoreRegisterCompanyType = z.infer<typeof StoreRegisterCompany>

export const StoreAddMember = z
  .object({ email: z.string().trim().email(), role: z.enum(DISTRIBUTOR_ROLES), spending_limit: SpendingLimit.optional() })
  .strict()
export type StoreAddMemberType = z.infer<typeof StoreAddMember>

export const StoreUpdateMember = z.object({ role: z.enum(DISTRIBUTOR_ROLES).optional(), spending_limit: SpendingLimit.optional() }).strict()
export type StoreUpdateMemberType = z.infer<typeof StoreUpdateMember>

export const StoreRequestApproval = z.object({ cart_id: z.string().min(1) }).strict()
export type StoreRequestApprovalType = z.infer<typeof StoreRequestApproval>

export const StoreListApprovals = z.object({ status: z.enum(APPROVAL_STATUSES).optional() }).strict()

export const StoreRejectApproval = z.object({ reason: z.string().trim().min(3).max(500) }).strict()
export type StoreRejectApprovalType = z.infer<typeof StoreRejectApproval>
