/**
 * Shapes of the plugins' API answers that more than one side reads (the plugin that writes them,
 * its admin pages and the storefront), declared once. Types only.
 */

import type { ReturnReason, ReturnStatus } from "./returns.js"

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

export interface ReturnLine {
  item_id: string
  quantity: number
  title: string
  variant_title: string | null
  amount: number
}

/** A return request as its buyer and its seller see it (the seller: without the refund account). */
export interface ReturnRequest {
  id: string
  seller_order_id: string
  number: string
  seller: { id: string; legal_name: string } | null
  status: ReturnStatus
  reason: ReturnReason
  note: string | null
  lines: ReturnLine[]
  photos: { id: string; url: string }[]
  refund_amount: number
  /** What sending the goods back costs, and who pays it (the buyer: out of the refund). */
  return_shipping: { amount: number; paid_by: "seller" | "buyer" | null }
  payment_method: "card" | "cash_on_delivery" | "bank_transfer"
  refund_account?: { bank: string; account_number: string; holder: string } | null
  window_ends_at: string
  instructions: string | null
  refusal_reason: string | null
  escalation_note: string | null
  admin_note: string | null
  decided_by?: "seller" | "admin" | null
  created_at: string
  can_escalate?: boolean
  can_decide?: boolean
  can_receive?: boolean
}

/** A line of a delivered part as the buyer may send it back. */
export interface ReturnableItem {
  id: string
  title: string
  variant_title: string | null
  /** Bought in this part. */
  quantity: number
  /** Already returned or asked back in a request still open. */
  returned: number
  returnable: number
  /** Whole VND the buyer paid per unit (the line's total, discounts and tax included, over its quantity). */
  unit_amount: number
}

/** A seller's part of an order, with what can still be returned of it. */
export interface ReturnablePart {
  id: string
  number: string
  seller: { id: string; legal_name: string }
  status: string
  delivered_at: string | null
  window_ends_at: string | null
  can_return: boolean
  open_return_id: string | null
  items: ReturnableItem[]
}

/** An order's returns as its buyer sees them (GET /store/ocop/orders/:id/returns). */
export interface OrderReturns {
  payment_method: "card" | "cash_on_delivery" | "bank_transfer"
  /** What sending goods back costs; the seller pays it for these reasons, else it comes out of the refund. */
  return_shipping: { amount: number; seller_pays_for: ReturnReason[] }
  parts: ReturnablePart[]
  returns: ReturnRequest[]
}

/** A count of the matches that have one value of a facet. */
export interface FacetBucket<T> {
  value: T
  count: number
}

/**
 * A hit of the OCOP search (GET /store/ocop/search): the fields a listing shows, its lowest VND
 * price, its rating, and its certificate (every hit's is valid now, stated so no client recomputes
 * dates); `highlights` hold HTML-escaped text with the matched words in <mark>…</mark>.
 */
export interface OcopSearchHit {
  id: string
  title: string
  title_en: string | null
  handle: string | null
  thumbnail: string | null
  producer: string | null
  province: string | null
  product_group: number | null
  subgroup: string | null
  stars: number | null
  in_stock: boolean
  price: { amount: number; currency_code: "vnd" } | null
  /** Verified buyers' average and count; null without a visible review. */
  rating: { average: number; count: number } | null
  certificate: { decision_number: string | null; valid_until: string | null; status: "valid"; valid: true }
  highlights: { title?: string; title_en?: string; producer?: string }
}

/** The OCOP search's answer: a page of hits, the facet counts over every match, the count. */
export interface OcopSearchAnswer {
  hits: OcopSearchHit[]
  facets: {
    stars?: FacetBucket<number>[]
    product_group?: FacetBucket<number>[]
    province?: FacetBucket<string>[]
    producer?: FacetBucket<string>[]
    subgroup?: FacetBucket<string>[]
  }
  count: number
  limit: number
  offset: number
  q: string | null
  sort: string
  did_you_mean?: string
}
