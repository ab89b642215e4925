import { chooseCashOnDelivery, readyCart } from "../../backend/integration-tests/helpers/checkout"
import { percentile, type Measure } from "../lib/measure"
import type { Section } from "./types"

/** Add to cart and complete a cash-on-delivery checkout through the store API, end to end. */
const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS ?? 5)

export const checkout: Section = {
  name: "checkout",
  rows: [{ key: "checkout_cod", label: "cart + COD checkout (store API, sequential)" }],
  async run(c) {
    c.log(`${CHECKOUTS} cash-on-delivery checkouts`)
    const times: number[] = []
    for (let n = 0; n < CHECKOUTS; n++) {
      const t = performance.now()
      const cartId = await readyCart(
        c.api,
        { headers: c.store },
        {
          regionId: c.regionId,
          email: `bench-${c.size}-${n}@ocop.test`,
          lines: [{ variant_id: c.product.variantId, quantity: 1 }],
        },
      )
      await chooseCashOnDelivery(c.api, { headers: c.store }, cartId)
      const { data } = await c.api.post(`/store/carts/${cartId}/complete`, {}, { headers: c.store })
      if (data.type !== "order") throw new Error(`checkout failed: ${JSON.stringify(data)}`)
      times.push(performance.now() - t)
    }
    const measure: Measure = {
      kind: "sequential",
      p50_ms: percentile(times, 50),
      p95_ms: percentile(times, 95),
      runs: CHECKOUTS,
    }
    return { checkout_cod: measure }
  },
}
