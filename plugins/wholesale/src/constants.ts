/** Bank transfer by VietQR: the provider `bank-transfer` registered with id `vietqr` in medusa-config. */
export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_vietqr"

/** The customer group whose members see wholesale prices: customers acting for a verified distributor. */
export const VERIFIED_DISTRIBUTORS_GROUP = "Nhà phân phối đã xác minh"

/** The price list holding every seller's wholesale tiers, for the verified distributors group only. */
export const WHOLESALE_PRICE_LIST = "Giá sỉ cho nhà phân phối"

/** Product metadata key of the wholesale minimum order quantity (units per line). */
export const MOQ_METADATA_KEY = "wholesale_moq"

/** The most lines one bulk order (CSV or grid) may hold. */
export const MAX_BULK_LINES = 10_000

/**
 * The most units one quote line may ask for: wholesale runs in thousands (a season's output of a
 * large cooperative stays under it); a larger order is a supply contract, not a quote.
 */
export const QUOTE_MAX_QUANTITY = 100_000
