import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vnDateOf } from "@ocop/plugin-ocop/rules"
import { notFound } from "@ocop/plugin-ocop/errors"
import { QUOTE_MODULE, type QuoteModuleService } from "../modules/quote"
import { isExpired } from "./quote-dates"
import { quotableStock } from "./quote-stock"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

type Owner = { company_id: string } | { seller_id: string }

/** One quote of the distributor company or of the seller; another's, or a missing one, → 404. */
export async function ownQuote(container: Container, owner: Owner, id: string) {
  const [quote] = await container
    .resolve<QuoteModuleService>(QUOTE_MODULE)
    .listQuotes({ id, ...owner }, { relations: ["messages"], take: 1 })
  if (!quote) throw notFound(`quote ${id} not found`)
  return quote as Row
}

/** A page of the distributor company's or the seller's quotes (with their messages), and how many there are. */
export async function listOwnQuotes(
  container: Container,
  owner: Owner,
  filters: { status?: string; id?: string[] },
  page: { skip: number; take: number; order: Record<string, "ASC" | "DESC"> },
): Promise<[Row[], number]> {
  return (await container
    .resolve<QuoteModuleService>(QUOTE_MODULE)
    .listAndCountQuotes(
      { ...owner, ...(filters.status ? { status: filters.status } : {}), ...(filters.id ? { id: filters.id } : {}) },
      { relations: ["messages"], ...page },
    )) as [Row[], number]
}

/** Who looks at a quote: the distributor company that asked, or the seller that answers. */
export type QuoteSide = "distributor" | "seller"

/**
 * Quotes as each side sees them: the status (an answer past its date reads "expired" even before
 * the nightly job), the seller's name, the total at the quoted price, messages oldest first. The
 * buyer's customer, company and cart ids stay with the distributor: the seller gets none of them.
 * The seller also sees the stock it can quote now (`available`, null when not counted).
 */
export async function presentQuotes(container: Container, quotes: Row[], side: QuoteSide, now = new Date()) {
  // The seller's name through the quote → seller link (links/quote-seller.ts), in one query
  const { data: linked } = quotes.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "quote",
        fields: ["id", "seller.legal_name"],
        filters: { id: quotes.map((quote) => quote.id) },
      })
    : { data: [] }
  const names = new Map((linked as Row[]).map((row) => [row.id, row.seller?.legal_name ?? null]))
  const stock =
    side === "seller"
      ? await quotableStock(
          container,
          quotes.map((quote) => quote.variant_id),
        )
      : null
  return quotes.map((quote) => ({
    id: quote.id,
    status: quote.status === "answered" && isExpired(quote, now) ? "expired" : quote.status,
    seller: { id: quote.seller_id, legal_name: names.get(quote.id) ?? null },
    ...(side === "distributor"
      ? { customer_id: quote.customer_id, company_id: quote.company_id, cart_id: quote.cart_id }
      : { available: stock!.get(quote.variant_id) ?? null }),
    product_id: quote.product_id,
    variant_id: quote.variant_id,
    product_title: quote.product_title,
    variant_title: quote.variant_title,
    sku: quote.sku,
    quantity: quote.quantity,
    unit_price: quote.unit_price,
    total: quote.unit_price == null ? null : quote.unit_price * quote.quantity,
    valid_until: quote.valid_until ? vnDateOf(new Date(quote.valid_until)) : null,
    delivery_date: quote.delivery_date ? vnDateOf(new Date(quote.delivery_date)) : null,
    seller_note: quote.seller_note,
    created_at: quote.created_at,
    answered_at: quote.answered_at,
    decided_at: quote.decided_at,
    messages: [...(quote.messages ?? [])]
      .sort((a: Row, b: Row) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((message: Row) => ({
        id: message.id,
        author: message.author,
        body: message.body,
        created_at: message.created_at,
      })),
  }))
}

export async function presentQuote(container: Container, quote: Row, side: QuoteSide) {
  const [view] = await presentQuotes(container, [quote], side)
  return view
}
