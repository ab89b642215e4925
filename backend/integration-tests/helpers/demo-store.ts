import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemo } from "../../src/seed"
import { adminHeaders } from "./ocop"

/**
 * The preamble of a spec that works on the demo catalogue: seeded once before its tests, an
 * operator signed in afresh before each test (the runner restores the database between tests,
 * sessions included), and the store's headers. Read the fields inside tests and hooks, not at
 * definition time: they are filled in by the hooks.
 */
export function demoStore(api: any, getContainer: () => MedusaContainer, options: { productLimit: number }) {
  const demo = {
    publishableKey: "",
    /** The Vietnam region (VND). */
    regionId: "",
    stockLocationId: "",
    admin: { headers: {} as Record<string, string> },
    /** Headers for store routes: the publishable key, plus any others (a customer's bearer token). */
    store: (headers: Record<string, string> = {}) => ({
      headers: { "x-publishable-api-key": demo.publishableKey, ...headers },
    }),
  }
  beforeAll(async () => {
    const seeded = await seedDemo(getContainer(), options)
    demo.publishableKey = seeded.publishableKey
    demo.regionId = seeded.regions.vietnam.id
    demo.stockLocationId = seeded.stockLocation.id
    demo.admin = await adminHeaders(api)
  })
  beforeEach(async () => {
    demo.admin = await adminHeaders(api)
  })
  return demo
}
