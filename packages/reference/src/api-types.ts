/**
 * Shapes of the plugins' API answers that more than one side reads (the plugin that writes them,
 * its admin pages and the storefront), declared once. Types only.
 */

export type TradeEventKind = "fair" | "exhibition" | "live"
export type TradeEventStatus = "upcoming" | "live" | "ended"

/** A trade fair, exhibition or live selling session (GET /store/ocop/events, /admin/ocop/events). */
export interface TradeEvent {
  id: string
  handle: string
  title: string
  description: string | null
  kind: TradeEventKind
  /** ISO instants. */
  starts_at: string
  ends_at: string
  status: TradeEventStatus
  place: string | null
  stream_url: string | null
  province: string | null
  producer_ids: string[]
  product_ids: string[]
}

/** What a business buyer gives for its VAT e-invoice. */
export interface VatInvoice {
  company_name: string
  tax_code: string
  address: string
  email: string
}

export type BankTransferStatus = "awaiting_transfer" | "partially_received" | "received"

/** An order's bank transfer as its buyer sees it, with the VietQR code to scan (GET /store/orders/:id/bank-transfer). */
export interface BankTransfer {
  reference: string
  /** VND. */
  amount: number
  received: number
  bank_bin: string
  bank_name: string
  account_number: string
  account_name: string
  /** The VietQR (EMVCo) payload the code encodes. */
  payload: string
  qr_svg: string
  status: BankTransferStatus
}

export type BulkProblemCode =
  "bad_quantity" | "duplicate_sku" | "unknown_sku" | "not_certified" | "below_moq" | "insufficient_stock"

/** One line of a distributor's bulk order as checked (POST /store/wholesale/bulk/check and /bulk/add). */
export interface BulkRow {
  line: number
  sku: string
  quantity: number | null
  ok: boolean
  problems: { code: BulkProblemCode; message: string }[]
  variant_id: string | null
  product_id: string | null
  title: string | null
  variant_title: string | null
  seller: { id: string; name: string } | null
  moq: number | null
  available: number | null
  /** Units of this line once in the cart: `quantity`, plus those of the cart's line it joins (the tier is chosen on them). */
  line_quantity: number | null
  /** The wholesale (tier) price for `line_quantity`, integer VND per unit, as the cart will price it. */
  unit_price: number | null
  line_total: number | null
}

export interface BulkReport {
  rows: BulkRow[]
  summary: {
    lines: number
    ok: number
    with_problems: number
    units: number
    total: number
    by_problem: Partial<Record<BulkProblemCode, number>>
  }
}

/** A variant of a seller's products with its GTIN when it has one (GET /sellers/me/trade-items). */
export interface SellerTradeItem {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string
  sku: string | null
  /** A bookable service (OCOP group 6) carries no GTIN. */
  is_service: boolean
  trade_item_id: string | null
  gtin14: string | null
}

/** A dated slot of a community-tourism service (store and seller tourism routes of plugin-promotion). */
export interface TourismSlotView {
  id: string
  product_id: string
  variant_id: string
  starts_at: string
  /** Vietnam keeps UTC+7 all year: a slot's local date and time are at +07:00. */
  time_zone: "Asia/Ho_Chi_Minh"
  capacity: number
  booked: number
  left: number
  closed: boolean
  /** Bookable now: not closed, not started, places left. */
  open: boolean
}

/** A booking of a tourism slot, as its cooperative and its buyer read it. */
export interface TourismBookingView {
  id: string
  slot_id: string
  product_title: string | null
  variant_title: string | null
  /** The catalogue's English names (product and variant metadata `title_en`), for English pages. */
  product_title_en: string | null
  variant_title_en: string | null
  starts_at: string
  time_zone: "Asia/Ho_Chi_Minh"
  quantity: number
  status: "booked" | "cancelled"
  used_at: string | null
  order_id: string | null
  order_display_id: number | null
  order_email: string | null
}

/** A place of a traceability event: a GLN where known, otherwise a name, an address and coordinates. */
export interface TraceLocation {
  /** A location URI when known otherwise (e.g. urn:epc:id:sgln:…, geo:…). */
  id?: string | null
  gln?: string | null
  name?: string | null
  address?: string | null
  lat?: number | null
  lng?: number | null
}
