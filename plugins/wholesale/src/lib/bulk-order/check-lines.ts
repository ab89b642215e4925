import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, isPresent } from "@medusajs/framework/utils"
import SellerProductLink from "@ocop/plugin-marketplace/links/seller-product"
import { SELLER_MODULE } from "@ocop/plugin-marketplace/modules/seller"
import { findProductsWithoutValidCertificate } from "@ocop/plugin-ocop/publication-guard"
import { hasControlCharacters } from "@ocop/plugin-ocop/validation"
import { verifiedDistributorsGroupId } from "../verified-group"
import { moqOf } from "../wholesale-terms"
import type { BulkLineInput } from "./parse-csv"
import { calculatePricesByQuantity } from "./prices-by-quantity"
import type { BulkReport, BulkRow } from "@ocop/reference"

type Container = Pick<MedusaContainer, "resolve">

const MAX_UNITS = 1_000_000

/** What a cart already holds, for a bulk order added to it: its lines' variants and quantities. */
export interface CartLinesBefore {
  items: {
    variant_id?: string | null
    quantity: number | string
    is_custom_price?: boolean | null
    metadata?: Record<string, unknown> | null
  }[]
}

/** The variant fields the check reads. */
export const CHECK_VARIANT_FIELDS = [
  "id",
  "sku",
  "title",
  "manage_inventory",
  "allow_backorder",
  "price_set.id",
  "product.id",
  "product.title",
  "product.status",
  "product.metadata",
  "product.sales_channels.id",
]

/** The variants the lines name, by SKU, with the check's fields and any `extraFields` (one query). */
export async function readVariantsBySku(
  container: Container,
  lines: BulkLineInput[],
  extraFields: string[] = [],
): Promise<Map<string, any>> {
  // A SKU with a NUL or control character (a damaged CSV) names no product: it is reported as unknown.
  const skus = [...new Set(lines.map((line) => line.sku).filter((sku) => sku && !hasControlCharacters(sku)))]
  if (!skus.length) return new Map()
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: [...new Set([...CHECK_VARIANT_FIELDS, ...extraFields])],
    filters: { sku: skus },
  })
  return new Map<string, any>((variants as any[]).map((variant) => [variant.sku, variant]))
}

/**
 * Checks a distributor's bulk order line by line, before anything is written: quantity a whole
 * number, SKU not repeated, known and on sale in the sales channel, OCOP certificate valid now, at
 * least the product's MOQ, enough stock; and prices each valid line at its wholesale tier (unless
 * `prices: false`: the bulk add prices them in the cart's own context). With `cart`, the lines are
 * checked as added to it: its units of a variant count against the stock, and the MOQ and the tier
 * apply to the line a new line joins; `variants` are the lines' variants when the caller has read
 * them (readVariantsBySku). A fixed number of queries whatever the number of lines (plus one price
 * calculation per distinct quantity).
 */
export async function checkBulkLines(
  container: Container,
  input: { lines: BulkLineInput[]; sales_channel_id: string; region_id?: string | null },
  options: { prices?: boolean; cart?: CartLinesBefore; variants?: Map<string, any> } = {},
): Promise<BulkReport> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const bySku = options.variants ?? (await readVariantsBySku(container, input.lines))
  const onSale = (variant: any) =>
    variant.product?.status === "published" &&
    (variant.product.sales_channels ?? []).some((c: any) => c?.id === input.sales_channel_id)
  const found = [...bySku.values()]
  const productIds = [...new Set(found.map((v) => v.product.id as string))]
  const [uncertified, availability, sellers] = await Promise.all([
    findProductsWithoutValidCertificate(container, productIds, new Date()),
    found.length
      ? getVariantAvailability(query, { variant_ids: found.map((v) => v.id), sales_channel_id: input.sales_channel_id })
      : Promise.resolve({} as Record<string, { availability: number }>),
    sellersOf(container, productIds),
  ])
  const uncertifiedIds = new Set(uncertified.map((product) => product.product_id))
  const inCart = quantitiesInCart(options.cart)

  const firstLine = new Map<string, number>()
  const rows: BulkRow[] = input.lines.map((line) => {
    const sku = line.sku.trim()
    const problems: BulkRow["problems"] = []
    const raw = line.quantity.trim()
    const quantity = /^\d+$/.test(raw) ? Number(raw) : null
    if (quantity === null || quantity < 1 || quantity > MAX_UNITS) {
      problems.push({
        code: "bad_quantity",
        message: `quantity "${line.quantity}" is not a whole number of units from 1 to ${MAX_UNITS.toLocaleString("en")}`,
      })
    }
    const first = firstLine.get(sku)
    if (sku && first !== undefined)
      problems.push({ code: "duplicate_sku", message: `SKU ${sku} is already on line ${first}: one line per SKU` })
    else if (sku) firstLine.set(sku, line.line)
    const variant = bySku.get(sku)
    if (!variant) {
      problems.push({ code: "unknown_sku", message: sku ? `no product has SKU ${sku}` : "the SKU is empty" })
    } else if (uncertifiedIds.has(variant.product.id)) {
      problems.push({ code: "not_certified", message: `"${variant.product.title}" has no valid OCOP certificate now` })
    } else if (!onSale(variant)) {
      problems.push({ code: "unknown_sku", message: `"${variant.product.title}" (${sku}) is not on sale` })
    }
    const moq = variant ? moqOf(variant.product.metadata) : null
    const available = variant ? availableUnits(variant, availability) : null
    const before = (variant && inCart.get(variant.id)) || { all: 0, joined: 0 }
    const lineQuantity = quantity === null ? null : quantity + before.joined
    if (variant && lineQuantity !== null && moq !== null && lineQuantity < moq) {
      problems.push({
        code: "below_moq",
        message: `the wholesale minimum order of "${variant.product.title}" is ${moq} units`,
      })
    }
    if (variant && quantity !== null && available !== null && quantity + before.all > available) {
      const held = before.all ? ` (${before.all} already in the cart)` : ""
      problems.push({ code: "insufficient_stock", message: `only ${available} units of ${sku} in stock${held}` })
    }
    return {
      line: line.line,
      sku,
      quantity,
      ok: problems.length === 0,
      problems,
      variant_id: variant?.id ?? null,
      product_id: variant?.product.id ?? null,
      title: variant?.product.title ?? null,
      variant_title: variant?.title ?? null,
      seller: variant ? (sellers.get(variant.product.id) ?? null) : null,
      moq,
      available,
      line_quantity: lineQuantity,
      unit_price: null,
      line_total: null,
    }
  })

  if (options.prices !== false) await priceRows(container, rows, bySku, input.region_id ?? null)
  const ok = rows.filter((row) => row.ok)
  const byProblem: BulkReport["summary"]["by_problem"] = {}
  for (const problem of rows.flatMap((row) => row.problems))
    byProblem[problem.code] = (byProblem[problem.code] ?? 0) + 1
  return {
    rows,
    summary: {
      lines: rows.length,
      ok: ok.length,
      with_problems: rows.length - ok.length,
      units: ok.reduce((sum, row) => sum + row.quantity!, 0),
      total: ok.reduce((sum, row) => sum + (row.line_total ?? 0), 0),
      by_problem: byProblem,
    },
  }
}

/**
 * Per variant, the units the cart already holds (`all`, against the stock) and those of the line
 * a new line of it joins (`joined`: Medusa merges into the line without custom price or metadata).
 */
function quantitiesInCart(cart: CartLinesBefore | undefined) {
  const result = new Map<string, { all: number; joined: number }>()
  for (const item of cart?.items ?? []) {
    if (!item.variant_id) continue
    const entry = result.get(item.variant_id) ?? { all: 0, joined: 0 }
    entry.all += Number(item.quantity)
    if (!entry.joined && !item.is_custom_price && !isPresent(item.metadata)) entry.joined = Number(item.quantity)
    result.set(item.variant_id, entry)
  }
  return result
}

/** Units that can still be sold (null = not stock-managed or backorders allowed: no limit). */
function availableUnits(variant: any, availability: Record<string, { availability: number }>): number | null {
  if (!variant.manage_inventory || variant.allow_backorder) return null
  return Number(availability[variant.id]?.availability ?? 0)
}

async function sellersOf(
  container: Container,
  productIds: string[],
): Promise<Map<string, { id: string; name: string }>> {
  const result = new Map<string, { id: string; name: string }>()
  if (!productIds.length) return result
  const { data: links } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id", "seller_id"],
    filters: { product_id: productIds },
  })
  const sellerIds = [...new Set((links as any[]).map((link) => link.seller_id as string))]
  if (!sellerIds.length) return result
  const sellers = await container
    .resolve<any>(SELLER_MODULE)
    .listSellers({ id: sellerIds }, { select: ["id", "legal_name"] })
  const names = new Map<string, string>(sellers.map((seller: any) => [seller.id, seller.legal_name]))
  for (const link of links as any[])
    result.set(link.product_id, { id: link.seller_id, name: names.get(link.seller_id) ?? "" })
  return result
}

/** The price each valid row gets in a verified distributor's cart (`unit_price`, `line_total`). */
async function priceRows(container: Container, rows: BulkRow[], bySku: Map<string, any>, regionId: string | null) {
  const priced = rows.filter((row) => row.ok && bySku.get(row.sku)?.price_set?.id)
  const prices = await calculatePricesByQuantity(
    container,
    priced.map((row) => ({
      key: row.sku,
      price_set_id: bySku.get(row.sku).price_set.id,
      quantity: row.line_quantity!,
    })),
    { currency_code: "vnd", region_id: regionId, customer_group_ids: [await verifiedDistributorsGroupId(container)] },
  )
  for (const row of priced) {
    const amount = prices.get(row.sku)?.calculated_amount
    row.unit_price = amount == null ? null : Number(amount)
    row.line_total = row.unit_price == null ? null : row.unit_price * row.quantity!
  }
}
