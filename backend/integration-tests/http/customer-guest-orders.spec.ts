import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORDER_EMAIL_INDEX } from "../../src/migration-scripts/order-email-index"
import { integrationTestRunner } from "../helpers/test-runner"
import { placeCodOrder } from "../helpers/checkout"
import { adminHeaders, settle } from "../helpers/ocop"
import { customer } from "../helpers/customers"
import { demoStore } from "../helpers/demo-store"
import { firstDemoVariant } from "../helpers/variants"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, seconds = 20): Promise<T> {
  let value = await read()
  for (let n = 0; n < seconds * 4 && !done(value); n++) {
    await sleep(250)
    value = await read()
  }
  return value
}

/** Orders placed as a guest join the account of the person who proves the e-mail is theirs. */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let regionId: string
    let variantId: string

    beforeAll(async () => {
      regionId = demo.regionId
      const { data } = await api.get("/store/products?limit=1&fields=id,handle,*variants", store())
      variantId = firstDemoVariant(data.products[0]).id
    })

    const store = () => demo.store()
    const notifications = (to: string) =>
      getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ to, template: "order-transfer-requested" }) as Promise<any[]>

    it("guest orders → register → prove the e-mail by the link → the orders are in the account, one customer", async () => {
      const email = "lan.khach@example.vn"
      const placed = [
        await placeCodOrder(api, store(), { regionId, email, lines: [{ variant_id: variantId, quantity: 1 }] }),
        await placeCodOrder(api, store(), { regionId, email, lines: [{ variant_id: variantId, quantity: 2 }] }),
      ]
      const lan = await customer(api, demo.publishableKey, email)
      expect((await api.get("/store/orders", lan)).data.orders).toEqual([])

      // Only how many: what the orders hold is not shown before the e-mail is proven.
      const found = await api.get("/store/customers/me/guest-orders", lan)
      expect(found.data).toEqual({ count: 2 })

      // Somebody else learns nothing and cannot take them.
      const other = await customer(api, demo.publishableKey, "nguoi.khac@example.vn")
      expect((await api.get("/store/customers/me/guest-orders", other)).data).toEqual({ count: 0 })
      expect((await settle(api.get("/store/customers/me/guest-orders", store()))).status).toBe(401)

      const claim = await api.post("/store/customers/me/guest-orders", {}, lan)
      expect(claim.status).toBe(202)
      expect(claim.data).toEqual({ requested: 2, count: 2 })

      // The links go to the address the orders were placed with (the local provider logs them).
      const sent = await eventually(
        () => notifications(email),
        (list) => list.length === 2,
      )
      expect(sent).toHaveLength(2)
      expect(sent.map((n) => n.data.order_id).sort()).toEqual(placed.map((o) => o.id).sort())
      for (const notification of sent)
        expect(notification.data.link).toMatch(/\/account\/orders\/claim\?order=order_.+&token=.+/)

      // A wrong token moves nothing.
      const wrong = await settle(
        api.post(`/store/orders/${placed[0].id}/transfer/accept`, { token: "khong-dung" }, store()),
      )
      expect(wrong.status).toBeGreaterThanOrEqual(400)
      expect(wrong.status).toBeLessThan(500)

      for (const notification of sent) {
        const accepted = await api.post(
          `/store/orders/${notification.data.order_id}/transfer/accept`,
          { token: notification.data.token },
          store(),
        )
        expect(accepted.status).toBe(200)
      }
      const mine = await api.get("/store/orders?fields=id", lan)
      expect(mine.data.orders.map((o: any) => o.id).sort()).toEqual(placed.map((o) => o.id).sort())
      expect((await api.get("/store/customers/me/guest-orders", lan)).data).toEqual({ count: 0 })

      // One customer for that e-mail: the guest record is gone once its orders have moved.
      const admin = await adminHeaders(api)
      const customers = await eventually(
        async () =>
          (await api.get(`/admin/customers?email=${encodeURIComponent(email)}`, admin)).data.customers as any[],
        (list) => list.length === 1,
      )
      expect(customers).toHaveLength(1)
      expect(customers[0].has_account).toBe(true)

      // A second claim sends nothing more.
      expect((await api.post("/store/customers/me/guest-orders", {}, lan)).data).toEqual({ requested: 0, count: 0 })
    })

    it("reads orders by e-mail through an index, at every checkout and for a guest-order claim, never by a scan", async () => {
      // The lookups as they reach the order table: every checkout clears what an interrupted
      // completion of its cart left (e-mail, created after the cart, and the customer when the cart
      // has one); a claim lists the guest orders of an e-mail. With sequential scans priced out,
      // PostgreSQL plans a scan only when no index fits, whatever the table's size.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      // Each lookup must use an index that narrows by e-mail (or by customer), not one that reads
      // every live order (Medusa's IDX_order_deleted_at would satisfy "an index scan" alone).
      const lookups: [string, string, unknown[], RegExp][] = [
        [
          "checkout, guest cart",
          `select "id" from "order" where "email" = ? and "created_at" >= ? and "deleted_at" is null`,
          ["lan@example.com", new Date("2026-01-01")],
          new RegExp(ORDER_EMAIL_INDEX),
        ],
        [
          "checkout, cart with a customer",
          `select "id" from "order" where "customer_id" = ? and "email" = ? and "created_at" >= ? and "deleted_at" is null`,
          ["cus_x", "lan@example.com", new Date("2026-01-01")],
          new RegExp(`${ORDER_EMAIL_INDEX}|IDX_order_customer_id`),
        ],
        [
          "guest-order claim",
          `select "id" from "order" where "email" = ? and "deleted_at" is null`,
          ["lan@example.com"],
          new RegExp(ORDER_EMAIL_INDEX),
        ],
      ]
      for (const [name, sql, bindings, index] of lookups) {
        const plan = await pg.transaction(async (trx: any) => {
          await trx.raw("set local enable_seqscan = off")
          const { rows } = await trx.raw(`explain ${sql}`, bindings)
          return rows.map((row: any) => row["QUERY PLAN"]).join("\n")
        })
        expect([name, plan]).not.toEqual([name, expect.stringMatching(/Seq Scan on "?order"?/)])
        expect([name, plan]).toEqual([name, expect.stringMatching(index)])
      }
      const { rows } = await pg.raw(`select indexdef from pg_indexes where indexname = ?`, [ORDER_EMAIL_INDEX])
      expect(rows[0]?.indexdef).toMatch(/\(email, created_at\) WHERE \(deleted_at IS NULL\)/)
    })
  },
})
