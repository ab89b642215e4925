import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"
import { multiLine, recordId, singleLine, vnd } from "@ocop/plugin-ocop/validation"
import { APPROVAL_STATUSES, DISTRIBUTOR_ROLES } from "../../../modules/distributor/models"

const text = (max: number) => singleLine(max, 1)

/** Integer VND; null = no limit. */
export const SpendingLimit = vnd({ what: "spending_limit" }).nullable()

export const StoreRegisterCompany = z
  .object({
    name: text(200),
    tax_code: singleLine(20),
    invoice_address: text(300),
    delivery_addresses: z
      .array(z.object({ label: singleLine(100).nullish(), address_1: text(300), province: text(100) }).strict())
      .min(1)
      .max(20),
    contact_name: text(100),
    contact_phone: z
      .string()
      .trim()
      .regex(/^\+?[\d\s.-]{8,20}$/, "a phone number"),
    contact_email: z.string().trim().max(254).email(),
  })
  .strict()
export type StoreRegisterCompanyType = z.infer<typeof StoreRegisterCompany>

export const StoreAddMember = z
  .object({
    email: z.string().trim().max(254).email(),
    role: z.enum(DISTRIBUTOR_ROLES),
    spending_limit: SpendingLimit.optional(),
  })
  .strict()
export type StoreAddMemberType = z.infer<typeof StoreAddMember>

export const StoreUpdateMember = z
  .object({ role: z.enum(DISTRIBUTOR_ROLES).optional(), spending_limit: SpendingLimit.optional() })
  .strict()
export type StoreUpdateMemberType = z.infer<typeof StoreUpdateMember>

export const StoreRequestApproval = z.object({ cart_id: recordId() }).strict()
export type StoreRequestApprovalType = z.infer<typeof StoreRequestApproval>

/** A page of the company's approvals: ?status= &limit (1–100, 100) &offset &order=(-)created_at|amount. */
export const StoreListApprovals = listParams({ limit: 100, max: 100 })
  .extend({ status: z.enum(APPROVAL_STATUSES).optional() })
  .strict()
export const storeListApprovalsConfig = listQueryConfig({ limit: 100, orderable: ["created_at", "amount"] })

export const StoreRejectApproval = z.object({ reason: multiLine(500, 3) }).strict()
export type StoreRejectApprovalType = z.infer<typeof StoreRejectApproval>
