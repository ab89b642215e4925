import { integrationTestRunner } from "../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCT_STORY_MODULE } from "@ocop/plugin-promotion/modules/product-story"
import { TRADE_EVENT_MODULE } from "@ocop/plugin-promotion/modules/trade-event"
import { DEMO_LOGINS, seedDemo } from "../../src/seed"

/**
 * The demo a newcomer gets from `npm start`: one account per role, each signing in where the
 * printed URL says and finding its state (an approved cooperative with its products and lots, a
 * verified distributor company with its approver and buyer, a customer), and trade promotion to
 * look at; seeding again creates nothing twice.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      const seeded = await seedDemo(getContainer(), { productLimit: 6, demo: true })
      await seedDemo(getContainer(), { productLimit: 6, demo: true })
      store = { headers: { "x-publishable-api-key": seeded.publishableKey } }
    })

    async function token(actor: "seller" | "customer" | "user", login: { email: string; password: string }) {
      const { data } = await api.post(`/auth/${actor}/emailpass`, { email: login.email, password: login.password })
      return { authorization: `Bearer ${data.token}` }
    }

    it("prints a login and a sign-in address for every role", () => {
      expect(Object.keys(DEMO_LOGINS).sort()).toEqual(
        ["admin", "cooperative", "customer", "distributor_approver", "distributor_buyer"].sort(),
      )
      for (const login of Object.values(DEMO_LOGINS)) {
        expect(login.signIn).toMatch(/^\/(app|seller\/login|account\/login)$/)
        expect(login.password.length).toBeGreaterThanOrEqual(12)
      }
    })

    it("gives the cooperative (a hợp tác xã) an approved seller account with its products, their lots, orders in each state (new, packed, shipped, delivered) and their payout lines; the customer sees those orders", async () => {
      const headers = await token("seller", DEMO_LOGINS.cooperative)
      const { data: me } = await api.get("/sellers/me", { headers })
      expect(me.seller).toMatchObject({
        status: "approved",
        type: "cooperative",
        email: DEMO_LOGINS.cooperative.email,
      })
      expect(me.seller.legal_name).toMatch(/^Hợp tác xã /)
      const { data: products } = await api.get("/sellers/me/products", { headers })
      expect(products.products.length).toBeGreaterThan(0)
      const { data: lots } = await api.get("/sellers/me/lots", { headers })
      expect(lots.lots.length).toBeGreaterThan(0)
      const { data: orders } = await api.get("/sellers/me/orders", { headers })
      expect(orders.orders.map((o: any) => o.status).sort()).toEqual(["delivered", "packed", "pending", "shipped"])
      const shipped = orders.orders.find((o: any) => o.status === "shipped")
      const { data: detail } = await api.get(`/sellers/me/orders/${shipped.id}`, { headers })
      expect(detail.order.shipment.tracking_number).toMatch(/^GHN-DEMO-/)
      const { data: payouts } = await api.get("/sellers/me/payouts", { headers })
      expect(payouts.lines).toHaveLength(4)
      for (const line of payouts.lines) expect(line.net).toBeGreaterThan(0)
      const customer = { ...store.headers, ...(await token("customer", DEMO_LOGINS.customer)) }
      const { data: mine } = await api.get("/store/orders", { headers: customer })
      expect(mine.orders).toHaveLength(4)
    })

    it("gives the distributor a verified company with its approver and a buyer who joined", async () => {
      const approver = { ...store.headers, ...(await token("customer", DEMO_LOGINS.distributor_approver)) }
      const { data } = await api.get("/store/distributors/me", { headers: approver })
      expect(data.company.status).toBe("verified")
      expect(data.members.map((m: any) => [m.email, m.role, Boolean(m.customer_id ?? m.joined_at)]).sort()).toEqual(
        [
          [DEMO_LOGINS.distributor_approver.email, "approver", true],
          [DEMO_LOGINS.distributor_buyer.email, "buyer", true],
        ].sort(),
      )
      const buyer = { ...store.headers, ...(await token("customer", DEMO_LOGINS.distributor_buyer)) }
      expect((await api.get("/store/wholesale/quotes", { headers: buyer })).status).toBe(200)
      const customer = { ...store.headers, ...(await token("customer", DEMO_LOGINS.customer)) }
      expect((await api.get("/store/customers/me", { headers: customer })).data.customer.email).toBe(
        DEMO_LOGINS.customer.email,
      )
      expect((await api.get("/admin/users/me", { headers: await token("user", DEMO_LOGINS.admin) })).status).toBe(200)
    })

    it("seeds a running campaign, an upcoming fair, a live session, a product story and a gift box, once", async () => {
      const container = getContainer()
      // The campaign as the storefront lists it: running now.
      const { data: running } = await api.get("/store/ocop/campaigns", store)
      const campaign = running.campaigns.find((c: any) => c.identifier === "mua-ocop-demo")
      expect(campaign, JSON.stringify(running.campaigns)).toBeTruthy()
      const events = await container
        .resolve<any>(TRADE_EVENT_MODULE)
        .listTradeEvents({ handle: ["hoi-cho-ocop-demo", "ban-hang-truc-tiep-demo"] })
      expect(events.map((e: any) => e.kind).sort()).toEqual(["fair", "live"])
      for (const event of events) expect(new Date(event.starts_at).getTime()).toBeGreaterThan(Date.now())
      expect(await container.resolve<any>(PRODUCT_STORY_MODULE).listProductStories({}), "stories").toHaveLength(1)
      expect(
        await container.resolve(Modules.PRODUCT).listProducts({ handle: "hop-qua-ocop-demo" }),
        "gift box",
      ).toHaveLength(1)
      const sellers = await container.resolve<any>("seller").listSellers({ email: DEMO_LOGINS.cooperative.email })
      expect(sellers, "sellers").toHaveLength(1)
    })
  },
})
