import { z } from "@medusajs/framework/zod"
import { SELLER_TYPES } from "../../modules/seller/models"

/**
 * Seller bodies. Strict: a field the seller may not set (status, commission_rate, seller_id, …)
 * is refused with 400 naming it, and nothing is written. Tax code and province are checked by the
 * registration workflow, which names the field.
 */

const bankAccount = z
  .object({
    bank_name: z.string().trim().min(2),
    account_number: z.string().trim().regex(/^\d{6,20}$/, "6 to 20 digits"),
    account_holder: z.string().trim().min(2),
  })
  .strict()

export const SellerRegistration = z
  .object({
    legal_name: z.string().trim().min(2),
    type: z.enum(SELLER_TYPES),
    tax_code: z.string(),
    email: z.string().trim().email(),
    phone: z.string().trim().regex(/^\+?[\d .-]{8,15}$/, "a phone number"),
    address: z.object({ address_1: z.string().trim().min(3), province_code: z.string().trim().min(2) }).strict(),
    bank_account: bankAccount,
    story: z.string().max(5000).nullish(),
  })
  .strict()
export type SellerRegistrationType = z.infer<typeof SellerRegistration>

export const SellerUpdate = z
  .object({
    story: z.string().max(5000).nullish(),
    phone: z.string().trim().regex(/^\+?[\d .-]{8,15}$/, "a phone number").optional(),
    logo_url: z.string().url().nullish(),
    bank_account: bankAccount.optional(),
  })
  .strict()
export type SellerUpdateType = z.infer<typeof SellerUpdate>

export const SellerInvite = z.object({ email: z.string().trim().email(), role: z.enum(["staff", "accountant"]) }).strict()
export type SellerInviteType = z.infer<typeof SellerInvite>

export const SellerAcceptInvite = z.object({ token: z.string().min(10) }).strict()
export type SellerAcceptInviteType = z.infer<typeof SellerAcceptInvite>
