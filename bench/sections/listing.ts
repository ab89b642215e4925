import { cannon, untilPrompt, type Measure } from "../lib/measure"
import type { Section, SizeContext } from "./types"

/**
 * The store listing: the first page filtered by stars + province + group (a buyer narrowing down),
 * and the 50th page of the whole catalogue, best stars first (a deep page that exists at every
 * size measured: 2,000 products make 100 pages of 20). Ours (GET /store/ocop/products) and Medusa's
 * stock GET /store/products as the baseline, with the closest filter it has (the group's category)
 * and region prices as the storefront asks.
 */
export const ocopListingUrl = (c: SizeContext, page: number) =>
  `${c.backendUrl}/store/ocop/products?stars=${c.filter.stars}&province=${encodeURIComponent(c.filter.province)}` +
  `&product_group=${c.filter.group}&limit=20&offset=${(page - 1) * 20}`

const DEEP_PAGE = 50
const ocopAllUrl = (c: SizeContext, page: number) =>
  `${c.backendUrl}/store/ocop/products?limit=20&offset=${(page - 1) * 20}`

const STOCK_FIELDS = "fields=id,title,handle,subtitle,thumbnail,*variants.calculated_price,+variants.inventory_quantity"
const stockListingUrl = (c: SizeContext, page: number) =>
  `${c.backendUrl}/store/products?category_id[]=${c.filter.groupCategoryId}&limit=20&offset=${(page - 1) * 20}` +
  `&region_id=${c.regionId}&${STOCK_FIELDS}`
const stockAllUrl = (c: SizeContext, page: number) =>
  `${c.backendUrl}/store/products?limit=20&offset=${(page - 1) * 20}&region_id=${c.regionId}&${STOCK_FIELDS}`

export const listing: Section = {
  name: "listing",
  rows: [
    { key: "listing_ocop_page1", label: "listing p1, stars+province+group — /store/ocop/products" },
    { key: "listing_stock_page1", label: "listing p1, group — stock /store/products (baseline)" },
    { key: "listing_ocop_all_page50", label: `listing p${DEEP_PAGE}, all products — /store/ocop/products` },
    {
      key: "listing_ocop_all_page50_cursor",
      label: `listing p${DEEP_PAGE}, all products, after p${DEEP_PAGE - 1}'s next_cursor — /store/ocop/products`,
    },
    {
      key: "listing_stock_all_page50",
      label: `listing p${DEEP_PAGE}, all products — stock /store/products (baseline)`,
    },
  ],
  async run(c) {
    const out: Record<string, Measure> = {}
    const filtered = (await c.api.get(ocopListingUrl(c, 1), { headers: c.store })).data
    const all = (await c.api.get(ocopAllUrl(c, DEEP_PAGE), { headers: c.store })).data
    if (!all.products?.length) throw new Error(`the listing of all products has no page ${DEEP_PAGE}`)
    // The storefront's next link from page 49: the page after its last row (keyset, no OFFSET)
    const before = (await c.api.get(ocopAllUrl(c, DEEP_PAGE - 1), { headers: c.store })).data
    const cursorUrl = `${c.backendUrl}/store/ocop/products?limit=20&after=${before.next_cursor}`
    const byCursor = before.next_cursor ? (await c.api.get(cursorUrl, { headers: c.store })).data : undefined
    // Ours first, then the baseline: the baseline's requests still running on the server when
    // autocannon stops (slow ones outlive the measure) would otherwise load our measures.
    c.log("listing page 1 (filtered)")
    out.listing_ocop_page1 = { ...(await cannon(ocopListingUrl(c, 1), c.store)), found: filtered.count }
    c.log(`listing page ${DEEP_PAGE} (all products)`)
    out.listing_ocop_all_page50 = { ...(await cannon(ocopAllUrl(c, DEEP_PAGE), c.store)), found: all.count }
    if (byCursor) {
      if (JSON.stringify(byCursor.products) !== JSON.stringify(all.products))
        throw new Error(`page ${DEEP_PAGE} from the next cursor is not page ${DEEP_PAGE} by offset`)
      c.log(`listing page ${DEEP_PAGE} (all products, from the next cursor)`)
      out.listing_ocop_all_page50_cursor = { ...(await cannon(cursorUrl, c.store)), found: byCursor.count }
    } else {
      out.listing_ocop_all_page50_cursor = { kind: "skipped", note: "the listing gives no next_cursor" }
    }
    await cannon(stockListingUrl(c, 1), c.store, 2)
    c.log("baseline listing page 1 (group)")
    out.listing_stock_page1 = await cannon(stockListingUrl(c, 1), c.store)
    c.log(`baseline listing page ${DEEP_PAGE} (all products)`)
    out.listing_stock_all_page50 = await cannon(stockAllUrl(c, DEEP_PAGE), c.store)
    // Let the baseline's last requests finish before the next measures
    await untilPrompt(ocopListingUrl(c, 1), c.store)
    return out
  },
}
