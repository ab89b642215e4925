import { z } from "@medusajs/framework/zod"
import { multiLine, nameText, singleLine, TEXT_LIMITS, webUrl } from "@ocop/plugin-ocop/validation"
import { SELLER_TYPES } from "../../modules/seller/models"

/**
 * Seller bodies. Strict: a field the seller may not set (status, commission_rate, seller_id, …)
 * is refused with 400 naming it, and nothing is written. Tax code and province are checked by the
 * registration workflow, which names the field.
 */

const bankAccount = z
  .object({
    bank_name: nameText(),
    account_number: z
      .string()
      .trim()
      .regex(/^\d{6,20}$/, "6 to 20 digits"),
    account_holder: nameText(),
  })
  .strict()

export const SellerRegistration = z
  .object({
    legal_name: nameText(),
    type: z.enum(SELLER_TYPES),
    tax_code: singleLine(20),
    email: z.string().trim().max(254).email(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d .-]{8,15}$/, "a phone number"),
    address: z.object({ address_1: singleLine(TEXT_LIMITS.line, 3), province_code: singleLine(100, 2) }).strict(),
    bank_account: bankAccount,
    story: multiLine(5000).nullish(),
  })
  .strict()
export type SellerRegistrationType = z.infer<typeof SellerRegistration>

export const SellerUpdate = z
  .object({
    story: multiLine(5000).nullish(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d .-]{8,15}$/, "a phone number")
      .optional(),
    logo_url: webUrl("logo_url: an http:// or https:// address of the logo").nullish(),
    bank_account: bankAccount.optional(),
  })
  .strict()
export type SellerUpdateType = z.infer<typeof SellerUpdate>

export const SellerInvite = z
  .object({ email: z.string().trim().max(254).email(), role: z.enum(["staff", "accountant"]) })
  .strict()
export type SellerInviteType = z.infer<typeof SellerInvite>

export const SellerAcceptInvite = z.object({ token: singleLine(500, 10) }).strict()
export type SellerAcceptInviteType = z.infer<typeof SellerAcceptInvite>
