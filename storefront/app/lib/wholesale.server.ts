/**
 * The wholesale plugin's store API from the storefront's server: VAT invoice details for the
 * checkout, the bank transfer (VietQR) of an order, order documents, and quotes (RFQ).
 */
import type { BankTransfer, VatInvoice } from "@ocop/reference"
import type { Lang } from "../i18n"
import { authHeaders, sdk } from "./medusa.server"
import { namesIn } from "./products.server"

export type QuoteStatus = "requested" | "answered" | "accepted" | "declined" | "expired"

export type Quote = {
  id: string
  status: QuoteStatus
  seller: { id: string; legal_name: string | null }
  product_id: string
  variant_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  unit_price: number | null
  total: number | null
  valid_until: string | null
  /** YYYY-MM-DD, the delivery day the seller promises; null: as soon as ordered. */
  delivery_date: string | null
  /** The seller's view only: units it can quote now (null: stock not tracked). */
  available?: number | null
  seller_note: string | null
  cart_id: string | null
  created_at: string
  messages: { id: string; author: "distributor" | "seller"; body: string; created_at: string }[]
}

/**
 * Quotes with their product and variant named in the page's language (a quote keeps the Vietnamese
 * names it was asked with); `unlisted` as for namesIn (the seller's own drafts).
 */
export async function quotesNamedIn(lang: Lang, quotes: Quote[], unlisted?: Parameters<typeof namesIn>[2]) {
  const names = await namesIn(
    lang,
    quotes.map((quote) => quote.product_id),
    unlisted,
  )
  return quotes.map((quote) => ({
    ...quote,
    product_title: names.product(quote.product_id, quote.product_title),
    variant_title: names.variant(quote.product_id, quote.variant_id, quote.variant_title),
  }))
}

/** The signed-in customer's distributor company as invoice details (null for a consumer or a guest). */
export async function invoiceDefaults(token: string | null | undefined): Promise<VatInvoice | null> {
  if (!token) return null
  const { vat_invoice } = await sdk.client.fetch<{ vat_invoice: VatInvoice | null }>(
    "/store/wholesale/invoice-details",
    {
      headers: authHeaders(token),
    },
  )
  return vat_invoice
}

/** Keeps (or clears) the cart's VAT invoice details; the backend checks them again (400 naming the field). */
export async function saveCartInvoice(cartId: string, invoice: VatInvoice | null, token?: string | null) {
  const path = `/store/carts/${cartId}/vat-invoice`
  if (invoice) await sdk.client.fetch(path, { method: "POST", body: invoice, headers: authHeaders(token) })
  else await sdk.client.fetch(path, { method: "DELETE", headers: authHeaders(token) })
}

/** The order's payment details, for its signed-in buyer (`token`) or a guest holding the order's access token. */
export async function orderPayment(orderId: string, headers: Record<string, string>) {
  const { payment } = await sdk.client.fetch<{
    payment: { vat_invoice: VatInvoice | null; bank_transfer: BankTransfer | null }
  }>(`/store/orders/${orderId}/bank-transfer`, { headers })
  return payment
}

/** A quote call as the signed-in customer (JSON). */
export function quoteApi<T>(
  token: string,
  path: string,
  init: { method?: "GET" | "POST"; body?: Record<string, unknown> } = {},
): Promise<T> {
  return sdk.client.fetch<T>(`/store/wholesale/quotes${path}`, {
    method: init.method ?? "GET",
    body: init.body,
    headers: authHeaders(token),
  })
}

/** A print-ready document of one seller's part of the customer's order, as the backend's raw response. */
export function orderDocument(token: string, orderId: string, kind: string, sellerId: string): Promise<Response> {
  return sdk.client.fetch<Response>(`/store/wholesale/orders/${orderId}/documents/${kind}`, {
    query: { seller_id: sellerId },
    headers: { ...authHeaders(token), accept: "text/html" },
  })
}
