import { z } from "@medusajs/framework/zod"
import { singleLine } from "@ocop/plugin-ocop/validation"

/**
 * The bank account a cash-on-delivery or bank-transfer refund is paid to. Vietnamese bank account
 * numbers are 6 to 19 digits (spaces and dashes as typed are dropped); the holder's name as the bank
 * holds it, letters and spaces (banks print it in capitals without diacritics, but accept either).
 */
export const RefundAccount = z
  .object({
    bank: singleLine(100, 2),
    account_number: z
      .string()
      .transform((value) => value.replace(/[\s-]/g, ""))
      .refine((value) => /^\d{6,19}$/.test(value), { message: "an account number of 6 to 19 digits" }),
    holder: singleLine(100, 2)
      .transform((value) => value.trim().replace(/\s+/g, " "))
      .refine((value) => /^[\p{L} .'-]+$/u.test(value), { message: "the holder's name, in letters" }),
  })
  .strict()

export type RefundAccountInput = z.infer<typeof RefundAccount>

/** "••••6789": what a page shows of an account number. */
export function maskedAccountNumber(accountNumber: string): string {
  return `••••${accountNumber.slice(-4)}`
}
