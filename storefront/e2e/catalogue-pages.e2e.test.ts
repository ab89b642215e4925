/**
 * The pages that list products read them from the backend on every request, whatever the size of
 * the catalogue: two storefront processes started apart give the same pages, and a product
 * certified after both started is on its home count, province page and producer page at once
 * (no copy of the catalogue to rebuild). Price ranges and orders come from the search engine.
 * Runs against the shared stack (the BUILT storefront) plus a second storefront process.
 */
import { randomBytes } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backendClient, freePort, startStorefront, type Stack } from "@ocop/stack"
import { certify } from "./setup"
import { sharedStack } from "./shared-stack"
import { vi } from "../app/i18n/vi"

type Listed = { id: string; title: string; handle: string; ocop: { province: string; producer_id: string } }

describe("listing pages without a catalogue copy", () => {
  let stack: Stack
  let second: { stop: () => Promise<void> } | undefined
  let secondUrl: string
  let products: Listed[]

  beforeAll(async () => {
    stack = sharedStack()
    const port = await freePort()
    second = await startStorefront({
      port,
      backendUrl: stack.backendUrl,
      publishableKey: stack.publishableKey,
      quiet: true,
      extraEnv: { SESSION_SECRET: randomBytes(32).toString("hex") },
    })
    secondUrl = `http://localhost:${port}`
    products = (await backendClient(stack).call<{ products: Listed[] }>("GET", "/store/ocop/products?limit=100", null))
      .products
  })

  afterAll(async () => {
    await second?.stop()
  })

  async function html(base: string, path: string) {
    const response = await fetch(base + path)
    expect([path, response.status]).toEqual([path, 200])
    return response.text()
  }

  /** What a page shows: its links in order and its text, without forms' hidden values and scripts. */
  function shown(page: string) {
    const main = page.slice(page.indexOf("<main"), page.indexOf("</main>"))
    const links = [...main.matchAll(/href="([^"]+)"/g)].map((m) => m[1])
    const text = main
      .replace(/<input[^>]*>/g, "")
      .replace(/<script[\s\S]*?<\/script>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim()
    return { links, text }
  }

  const cardLinks = (page: string) =>
    [...page.matchAll(/class="card-link"[^>]*href="([^"]+)"|href="([^"]+)"[^>]*class="card-link"/g)].map(
      (m) => m[1] ?? m[2],
    )

  it("two storefront processes give the same home, provinces, province, producer and search pages", async () => {
    const province = products[0].ocop.province
    const slug = (await html(stack.storefrontUrl, "/provinces")).match(
      new RegExp(`href="/provinces/([a-z-]+)"[^>]*>\\s*<span class="tile-title">${province}<`),
    )?.[1]
    expect(slug).toBeTruthy()
    const paths = [
      "/",
      "/provinces",
      `/provinces/${slug}`,
      `/provinces/${slug}?stars=4`,
      `/producers/${products[0].ocop.producer_id}`,
      "/products",
      "/products?sort=price_asc&min=50000&max=500000",
      "/products?sort=price_desc&page=2",
      "/en/products?sort=newest",
    ]
    for (const path of paths) {
      const [one, two] = await Promise.all([html(stack.storefrontUrl, path), html(secondUrl, path)])
      expect([path, shown(two)]).toEqual([path, shown(one)])
    }
    // Not empty pages: the province and producer pages list their products.
    expect(cardLinks(await html(secondUrl, `/provinces/${slug}`)).length).toBeGreaterThan(0)
    expect(cardLinks(await html(secondUrl, `/producers/${products[0].ocop.producer_id}`)).length).toBeGreaterThan(0)
  })

  it("orders by price within a price range across the whole catalogue (the search engine)", async () => {
    const page = await html(secondUrl, "/products?sort=price_asc&min=50000&max=500000")
    const prices = [...page.matchAll(/<p class="price">([\s\S]*?)<\/p>/g)].map((m) =>
      Number(
        m[1]
          .replace(/<[^>]+>/g, "")
          .split(" · ")[0]
          .replace(/\D/g, ""),
      ),
    )
    expect(prices.length).toBeGreaterThan(0)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    // Prices shown include VAT: the range bounds the listed base price, so a card may show up to 10% more.
    expect(prices.every((price) => price >= 50000 && price <= 550000)).toBe(true)
  })

  it("a product certified after both processes started is on the home count, its province and producer pages at once", async () => {
    const client = backendClient(stack)
    const count = (page: string) => Number(shown(page).text.match(/(\d+) sản phẩm có chứng nhận OCOP/)?.[1])
    const before = count(await html(secondUrl, "/"))
    expect(before).toBeGreaterThan(0)
    const provinceCount = (page: string) => Number(page.match(/<dt>Sản phẩm OCOP<\/dt>\s*<dd>(\d+)<\/dd>/)?.[1] ?? 0)
    const provinceBefore = provinceCount(await html(secondUrl, "/provinces/lao-cai"))

    const suffix = Date.now().toString().slice(-6)
    const { subject } = await client.admin<{ subject: { id: string } }>("POST", "/admin/ocop/subjects", {
      legal_name: `Hợp tác xã Mật ong Kiểm thử ${suffix}`,
      type: "cooperative",
      tax_code: `53009${suffix.slice(-5)}`,
      address: "Thôn Na Hối, xã Bắc Hà, tỉnh Lào Cai",
      province: "Lào Cai",
    })
    const { product } = await client.admin<{ product: { id: string; title: string; handle: string } }>(
      "POST",
      "/admin/products",
      {
        title: `Mật ong bạc hà chứng nhận mới ${suffix}`,
        status: "published",
        options: [{ title: "Quy cách", values: ["Hộp 500 g"] }],
        variants: [
          {
            title: "Hộp 500 g",
            options: { "Quy cách": "Hộp 500 g" },
            manage_inventory: false,
            prices: [{ currency_code: "vnd", amount: 120000 }],
          },
        ],
      },
    )
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date())
    const certificateId = await certify(
      client,
      { subjectId: subject.id, productId: product.id },
      {
        total: 72.5,
        productGroup: 1,
        subgroup: "Thực phẩm chế biến",
        province: "Lào Cai",
        decisionNumber: `9${suffix.slice(-3)}/QĐ-UBND`,
        evaluatedAt: today,
        decidedAt: today,
      },
    )

    try {
      // Both processes, no wait: nothing to rebuild.
      for (const base of [stack.storefrontUrl, secondUrl]) {
        expect(count(await html(base, "/"))).toBe(before + 1)
        expect(provinceCount(await html(base, "/provinces/lao-cai"))).toBe(provinceBefore + 1)
        const producer = await html(base, `/producers/${subject.id}`)
        expect(cardLinks(producer)).toEqual([`/products/${product.handle}`])
        expect(shown(producer).text).toContain(vi["producer.count"].replace("{count}", "1"))
      }
      // (Its place among the province's producers comes with the minute's fold of the counts:
      // ocop-store-showcase.spec.ts runs the fold.)
      // An older link by the producer's name is sent to its page (once the search engine has the product).
      const legacy = `${secondUrl}/producers/hop-tac-xa-mat-ong-kiem-thu-${suffix}`
      await expect
        .poll(async () => (await fetch(legacy, { redirect: "manual" })).headers.get("location"), { timeout: 20_000 })
        .toBe(`/producers/${subject.id}`)
    } finally {
      // Leave the shared stack as it was for the other files.
      await client.admin("POST", `/admin/ocop/certificates/${certificateId}/revoke`, { reason: "Dữ liệu kiểm thử" })
      await client.admin("DELETE", `/admin/products/${product.id}`)
    }
    expect(count(await html(secondUrl, "/"))).toBe(before)
  })
})
