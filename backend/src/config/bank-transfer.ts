/**
 * The marketplace's collection account for bank transfers (VietQR). The demo account below is
 * not a real one: set OCOP_BANK_BIN (6-digit NAPAS BIN), OCOP_BANK_NAME, OCOP_BANK_ACCOUNT and
 * OCOP_BANK_ACCOUNT_NAME in production.
 */
export function bankTransferOptions(env: NodeJS.ProcessEnv) {
  return {
    bank_bin: env.OCOP_BANK_BIN ?? "970405",
    bank_name: env.OCOP_BANK_NAME ?? "Agribank",
    account_number: env.OCOP_BANK_ACCOUNT ?? "1500201234567",
    account_name: env.OCOP_BANK_ACCOUNT_NAME ?? "CONG TY CHO OCOP",
    reference_prefix: "OCOP",
  }
}
