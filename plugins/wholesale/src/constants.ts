/** Bank transfer by VietQR: the provider `bank-transfer` registered with id `vietqr` in medusa-config. */
export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_vietqr"
