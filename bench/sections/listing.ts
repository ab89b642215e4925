import { cannon, untilPrompt, type Measure } from "../lib/measure"
import type { Section, SizeContext } from "./types"

/**
 * The store listing filtered by stars + province + group, pages 1 and 50: ours
 * (GET /store/ocop/products) and Medusa's stock GET /store/products with the closest filter it has
 * (the group's category, region prices as the storefront asks) as the baseline.
 */
export const ocopListingUrl = (c: SizeContext, page: number) =>
  `${c.backendUrl}/store/ocop/products?stars=${c.filter.stars}&province=${encodeURIComponent(c.filter.province)}` +
  `&product_group=${c.filter.group}&limit=20&offset=${(page - 1) * 20}`

const stockListingUrl = (c: SizeContext, page: number) =>
  `${c.backendUrl}/store/products?category_id[]=${c.filter.groupCategoryId}&limit=20&offset=${(page - 1) * 20}` +
  `&region_id=${c.regionId}&fields=id,title,handle,subtitle,thumbnail,*variants.calculated_price,+variants.inventory_quantity`

export const listing: Section = {
  name: "listing",
  rows: [
    { key: "listing_ocop_page1", label: "listing p1 — /store/ocop/products" },
    { key: "listing_stock_page1", label: "listing p1 — stock /store/products (baseline)" },
    { key: "listing_ocop_page50", label: "listing p50 — /store/ocop/products" },
    { key: "listing_stock_page50", label: "listing p50 — stock /store/products (baseline)" },
  ],
  async run(c) {
    const out: Record<string, Measure> = {}
    const { data } = await c.api.get(ocopListingUrl(c, 1), { headers: c.store })
    // Ours first, then the baseline: the baseline's requests still running on the server when
    // autocannon stops (slow ones outlive the measure) would otherwise load our measures.
    for (const page of [1, 50]) {
      c.log(`listing page ${page}`)
      out[`listing_ocop_page${page}`] = { ...(await cannon(ocopListingUrl(c, page), c.store)), found: data.count }
    }
    await cannon(stockListingUrl(c, 1), c.store, 2)
    for (const page of [1, 50]) {
      c.log(`baseline listing page ${page}`)
      out[`listing_stock_page${page}`] = await cannon(stockListingUrl(c, page), c.store)
    }
    // Let the baseline's last requests finish before the next measures
    await untilPrompt(ocopListingUrl(c, 1), c.store)
    return out
  },
}
