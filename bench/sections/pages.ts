import { slugify } from "@ocop/reference"
import { cannon, ttfb, type Measure } from "../lib/measure"
import { ocopListingUrl } from "./listing"
import type { Section, SizeContext } from "./types"

/**
 * The storefront's pages a buyer touches, server-rendered: time to first byte of sequential GETs
 * (one client, so the page's own cost, not queueing). The cart holds 20 lines, added through the
 * storefront's own form action. The product page's store route (one route for everything the page
 * shows) is measured under load where this tree has it.
 */
const CART_LINES = 20
/** The product page's own store route: everything the page shows in one answer. */
const PRODUCT_ROUTE = "/store/ocop/products/{handle}/page"

/** A storefront session whose cart holds `lines` different products; returns its cookie. */
async function cartWith(c: SizeContext, lines: number) {
  const { data } = await c.api.get(`/store/products?limit=${lines * 2}&fields=id,variants.id&region_id=${c.regionId}`, {
    headers: c.store,
  })
  const products = (data.products as { id: string; variants: { id: string }[] }[]).filter((p) => p.variants?.length)
  let cookie = ""
  let added = 0
  for (const product of products) {
    if (added === lines) break
    const response = await fetch(`${c.storefrontUrl}/cart`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: c.storefrontUrl,
        ...(cookie ? { cookie } : {}),
      },
      body: new URLSearchParams({
        intent: "add",
        product_id: product.id,
        variant_id: product.variants[0].id,
        quantity: "1",
      }),
    })
    await response.arrayBuffer()
    const set = response.headers.get("set-cookie")
    if (set) cookie = set.split(";")[0]
    if (response.status < 400) added++
  }
  const page = await fetch(`${c.storefrontUrl}/cart`, { headers: { cookie } })
  const html = await page.text()
  const shown = (html.match(/class="cart-line( has-problem)?"/g) ?? []).length
  return { cookie, shown }
}

export const pages: Section = {
  name: "pages",
  rows: [
    { key: "page_home", label: "home page TTFB (storefront)" },
    { key: "page_province", label: "province page TTFB (storefront)" },
    { key: "page_producer", label: "producer page TTFB (storefront)" },
    { key: "page_browse", label: "browse page, stars+province TTFB (storefront)" },
    { key: "page_search", label: "search page 'mat ong' TTFB (storefront)" },
    { key: "page_cart", label: `cart page with ${CART_LINES} lines TTFB (storefront)` },
    { key: "page_product", label: "product page TTFB (storefront)" },
    { key: "product_route", label: `product page store route ${PRODUCT_ROUTE.replace("{handle}", ":handle")}` },
  ],
  async run(c) {
    const out: Record<string, Measure> = {}
    const page = (path: string, init?: RequestInit) => ttfb(`${c.storefrontUrl}${path}`, init)
    c.log("storefront pages (time to first byte)")
    const provinceSlug = slugify(c.filter.province)
    out.page_home = await page("/")
    out.page_province = await page(`/provinces/${encodeURIComponent(provinceSlug)}`)
    // The producer page the product page links to
    const productHtml = await fetch(`${c.storefrontUrl}/products/${encodeURIComponent(c.product.handle)}`).then((r) =>
      r.text(),
    )
    const producerPath = productHtml.match(/href="(\/producers\/[^"?#]+)"/)?.[1]
    out.page_producer = producerPath
      ? await page(producerPath)
      : { kind: "skipped", note: "the product page links no producer" }
    out.page_browse = await page(`/products?stars=${c.filter.stars}&province=${encodeURIComponent(provinceSlug)}`)
    out.page_search = await page(`/products?q=${encodeURIComponent("mat ong")}`)
    const cart = await cartWith(c, CART_LINES)
    out.page_cart = {
      ...(await page("/cart", { headers: { cookie: cart.cookie } })),
      note: `${cart.shown} lines shown`,
    }
    out.page_product = await page(`/products/${encodeURIComponent(c.product.handle)}`)

    const route = `${c.backendUrl}${PRODUCT_ROUTE.replace("{handle}", encodeURIComponent(c.product.handle))}?region_id=${c.regionId}`
    const probe = await fetch(route, { headers: c.store })
    await probe.arrayBuffer()
    if (!probe.ok) throw new Error(`the product page route answered ${probe.status}`)
    out.product_route = await cannon(route, c.store)
    // the listing is the bench's "server is idle again" probe
    await fetch(ocopListingUrl(c, 1), { headers: c.store }).then((r) => r.arrayBuffer())
    return out
  },
}
