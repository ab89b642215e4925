import {
  integrationTestRunner,
  demoStore,
  placeCodOrder,
  settle,
  approvedSeller,
  certifyProduct,
  productBody,
  sellerPartOf,
  variantBySku,
} from "@ocop/backend/testing"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import sharp from "sharp"

/**
 * Returns of one seller's delivered part: the buyer asks within the window, the seller accepts or
 * refuses, the buyer escalates a refusal, the admin decides; on receipt the stock comes back through
 * Medusa's return, the refund is recorded on the order's payment and the seller's payout shows it.
 * Nobody reaches another's request: other customers, other sellers, an id alone.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let admin: any
    let publishableKey: string
    let regionId: string
    let coop: Awaited<ReturnType<typeof approvedSeller>>
    let other: Awaited<ReturnType<typeof approvedSeller>>
    let coopVariant: string
    let otherVariant: string
    let buyer: { headers: Record<string, string> }
    let stranger: { headers: Record<string, string> }
    /** What the notifications hear: the events of the returns, with their payloads. */
    const events: { name: string; data: any }[] = []
    const ACCOUNT = { bank: "Vietcombank", account_number: "0123 4567 89", holder: "Nguyễn Thị Lan" }

    async function customer(email: string) {
      const { data: registered } = await api.post("/auth/customer/emailpass/register", {
        email,
        password: "mật-khẩu-khách-1",
      })
      await api.post(
        "/store/customers",
        { email, first_name: "Lan", last_name: "Nguyễn" },
        { headers: { authorization: `Bearer ${registered.token}`, "x-publishable-api-key": publishableKey } },
      )
      const { data } = await api.post("/auth/customer/emailpass", { email, password: "mật-khẩu-khách-1" })
      return { headers: { authorization: `Bearer ${data.token}`, "x-publishable-api-key": publishableKey } }
    }

    // At the top level: the runner restores the database to its state after this before every test.
    beforeAll(async () => {
      publishableKey = demo.publishableKey
      regionId = demo.regionId
      admin = demo.admin
      coop = await approvedSeller(api, admin, 31)
      other = await approvedSeller(api, admin, 32)
      for (const [seller, sku, decision] of [
        [coop, "R31", "8031/QĐ-UBND"],
        [other, "R32", "8032/QĐ-UBND"],
      ] as const) {
        const { data } = await api.post("/sellers/me/products", productBody(sku), seller.headers)
        await certifyProduct(api, admin, seller.subjectId, data.product.id, decision)
        await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, seller.headers)
        const variant = variantBySku(data.product, `${sku}-100`).id
        if (seller === coop) coopVariant = variant
        else otherVariant = variant
      }
      buyer = await customer("muatra@example.vn")
      stranger = await customer("nguoilatra@example.vn")
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of ["seller_return.requested", "seller_return.decided", "seller_return.escalated"]) {
        bus.subscribe(name, async (event: any) => {
          events.push({ name, data: event.data })
        })
      }
    })

    /** A placed COD order of 2 coop units (and 1 of the other seller's), shipped, and the coop's part delivered when asked. */
    async function order(store: { headers: Record<string, string> }, email: string, delivered = true) {
      const placed = await placeCodOrder(api, store, {
        regionId,
        email,
        lines: [
          { variant_id: coopVariant, quantity: 2 },
          { variant_id: otherVariant, quantity: 1 },
        ],
      })
      const part = await sellerPartOf(api, coop.headers, {
        id: placed.id,
        items: placed.items.filter((i) => i.variant_id === coopVariant),
      })
      await api.post(`/sellers/me/orders/${part.id}/accept`, {}, coop.headers)
      await api.post(`/sellers/me/orders/${part.id}/ship`, { tracking_number: "VNP55501" }, coop.headers)
      if (delivered) await api.post(`/sellers/me/orders/${part.id}/deliver`, {}, coop.headers)
      const line = placed.items.find((i) => i.variant_id === coopVariant)!
      const otherLine = placed.items.find((i) => i.variant_id === otherVariant)!
      return { placed, part, line, otherLine }
    }

    const stock = async (sku: string) => {
      const { data } = await api.get(`/admin/inventory-items?sku=${sku}&fields=id,stocked_quantity`, admin)
      return data.inventory_items[0].stocked_quantity as number
    }

    it("refuses a return of an undelivered part, after the window, beyond what was bought, without a bank account; others' orders are 404", async () => {
      const undelivered = await order(buyer, "muatra@example.vn", false)
      const early = await settle(
        api.post(
          `/store/ocop/orders/${undelivered.placed.id}/returns`,
          {
            seller_order_id: undelivered.part.id,
            reason: "damaged",
            lines: [{ item_id: undelivered.line.id, quantity: 1 }],
            refund_account: ACCOUNT,
          },
          buyer,
        ),
      )
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/return_not_delivered/)

      const { placed, part, line, otherLine } = await order(buyer, "muatra@example.vn")
      const url = `/store/ocop/orders/${placed.id}/returns`
      const body = {
        seller_order_id: part.id,
        reason: "damaged",
        note: "Một gói bị rách",
        lines: [{ item_id: line.id, quantity: 1 }],
        refund_account: ACCOUNT,
      }
      const { data: state } = await api.get(url, buyer)
      const shown = state.parts.find((p: any) => p.id === part.id)
      expect(shown).toMatchObject({ number: part.number, can_return: true, open_return_id: null })
      expect(new Date(shown.window_ends_at).getTime() - new Date(shown.delivered_at).getTime()).toBe(7 * 86400_000)
      expect(shown.items).toEqual([
        expect.objectContaining({ id: line.id, quantity: 2, returnable: 2, unit_amount: 85000 }),
      ])

      // Another customer, nobody signed in, an unknown order: 404, as for a missing order.
      for (const headers of [stranger, { headers: { "x-publishable-api-key": publishableKey } }]) {
        expect((await settle(api.post(url, body, headers))).status).toBe(404)
        expect((await settle(api.get(url, headers))).status).toBe(404)
      }
      expect((await settle(api.post(`/store/ocop/orders/order_01NONE/returns`, body, buyer))).status).toBe(404)
      expect(
        (await settle(api.get("/store/ocop/returns", { headers: { "x-publishable-api-key": publishableKey } }))).status,
      ).toBe(401)

      // The seller and admin routes need their own sign-in: nobody, a customer or a seller elsewhere is 401.
      const anonymous = { headers: { "x-publishable-api-key": publishableKey } }
      for (const [path, headers] of [
        ["/sellers/me/returns", anonymous],
        ["/sellers/me/returns", buyer],
        ["/admin/seller-returns", anonymous],
        ["/admin/seller-returns", buyer],
        ["/admin/seller-returns", coop.headers],
      ] as const) {
        expect((await settle(api.get(path, headers))).status, path).toBe(401)
      }
      expect((await settle(api.post("/admin/seller-returns/selret_none/received", {}, coop.headers))).status).toBe(401)

      // Bad requests: 400, and nothing is written.
      const bad = [
        { ...body, lines: [{ item_id: line.id, quantity: 3 }] },
        { ...body, lines: [{ item_id: otherLine.id, quantity: 1 }] },
        {
          ...body,
          lines: [
            { item_id: line.id, quantity: 1 },
            { item_id: line.id, quantity: 1 },
          ],
        },
        { ...body, lines: [] },
        { ...body, refund_account: undefined },
        { ...body, refund_account: { ...ACCOUNT, account_number: "12ab" } },
        { ...body, reason: "bored" },
        { ...body, reason: "other", note: undefined },
        { ...body, seller_order_id: "selord_none" },
      ]
      for (const attempt of bad) {
        const refused = await settle(api.post(url, attempt, buyer))
        expect([400, 404]).toContain(refused.status)
      }
      expect((await settle(api.post(url, bad[0], buyer))).data.message).toMatch(/lines\.0\.quantity.*at most 2/)
      expect((await api.get(url, buyer)).data.returns).toEqual([])
      expect((await api.get("/store/ocop/returns", buyer)).data.returns).toEqual([])

      // Past the window (delivered eight days ago): refused.
      await getContainer()
        .resolve<SellerModuleService>(SELLER_MODULE)
        .updateSellerOrders({ id: part.id, delivered_at: new Date(Date.now() - 8 * 86400_000) } as any)
      const late = await settle(api.post(url, body, buyer))
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/return_window_over/)
      expect((await api.get(url, buyer)).data.parts.find((p: any) => p.id === part.id).can_return).toBe(false)
    })

    it("request → seller accepts → received: stock back through a Medusa return, refund recorded, payout and commission lower", async () => {
      const { placed, part, line } = await order(buyer, "muatra@example.vn")
      const url = `/store/ocop/orders/${placed.id}/returns`
      // Before asking, the buyer reads what sending back costs and when the seller pays it.
      expect((await api.get(url, buyer)).data.return_shipping).toEqual({
        amount: 30000,
        seller_pays_for: ["damaged", "wrong_item", "missing_items", "not_as_described", "expired", "quality"],
      })
      const form = new FormData()
      form.append("seller_order_id", part.id)
      form.append("reason", "damaged")
      form.append("note", "Một gói bị rách khi nhận")
      form.append("lines", JSON.stringify([{ item_id: line.id, quantity: 1 }]))
      form.append("refund_account", JSON.stringify(ACCOUNT))
      const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#a0522d" } })
        .jpeg()
        .toBuffer()
      form.append("files", new Blob([photo], { type: "image/jpeg" }), "gói rách.jpg")
      const { data: created, status } = await api.post(url, form, buyer)
      expect(status).toBe(201)
      expect(created.return).toMatchObject({
        status: "requested",
        number: part.number,
        // Damaged: the seller's fault, so the seller pays the return shipping and the buyer gets it all back.
        refund_amount: 85000,
        return_shipping: { amount: 30000, paid_by: "seller" },
        payment_method: "cash_on_delivery",
        refund_account: { bank: "Vietcombank", account_number: "••••6789", holder: "Nguyễn Thị Lan" },
        lines: [expect.objectContaining({ item_id: line.id, quantity: 1, amount: 85000 })],
      })
      expect(created.return.photos).toHaveLength(1)
      expect(created.return.photos[0].url).toMatch(/\.webp$/)
      const id = created.return.id

      // One open request per part at a time.
      const again = await settle(
        api.post(
          url,
          {
            seller_order_id: part.id,
            reason: "damaged",
            lines: [{ item_id: line.id, quantity: 1 }],
            refund_account: ACCOUNT,
          },
          buyer,
        ),
      )
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already in progress/)

      // The other seller does not see it; its id grants nothing there.
      expect((await api.get("/sellers/me/returns", other.headers)).data.returns).toEqual([])
      for (const path of [`/sellers/me/returns/${id}`])
        expect((await settle(api.get(path, other.headers))).status).toBe(404)
      expect(
        (await settle(api.post(`/sellers/me/returns/${id}/accept`, { instructions: "Gửi lại" }, other.headers))).status,
      ).toBe(404)
      expect(
        (await settle(api.post(`/sellers/me/returns/${id}/refuse`, { reason: "Không nhận" }, other.headers))).status,
      ).toBe(404)
      expect((await settle(api.post(`/sellers/me/returns/${id}/received`, {}, other.headers))).status).toBe(404)
      expect((await settle(api.get(`/store/ocop/orders/${placed.id}/returns/${id}`, stranger))).status).toBe(404)

      // The seller sees its request without the buyer's account or Medusa's order id.
      const { data: list } = await api.get("/sellers/me/returns?status=requested", coop.headers)
      expect(list.returns.map((r: any) => r.id)).toEqual([id])
      expect(JSON.stringify(list)).not.toMatch(/order_[0-9A-Z]{10}|"order_id"|account_number|muatra@/)

      // Received before accepting: refused.
      expect((await settle(api.post(`/sellers/me/returns/${id}/received`, {}, coop.headers))).status).toBe(400)
      const { data: accepted } = await api.post(
        `/sellers/me/returns/${id}/accept`,
        { instructions: "Gửi lại gói qua bưu điện về HTX, ghi mã đơn ngoài hộp." },
        coop.headers,
      )
      expect(accepted.return).toMatchObject({ status: "accepted", decided_by: "seller", can_receive: true })
      expect((await api.get(`/store/ocop/orders/${placed.id}/returns/${id}`, buyer)).data.return).toMatchObject({
        status: "accepted",
        instructions: expect.stringContaining("bưu điện"),
      })

      const before = await stock("R31-100")
      // A double submit: one receipt, one refusal; the goods and the money move once.
      const both = await Promise.all([
        settle(api.post(`/sellers/me/returns/${id}/received`, {}, coop.headers)),
        settle(api.post(`/sellers/me/returns/${id}/received`, {}, coop.headers)),
      ])
      expect(both.map((r) => r.status).sort()).toEqual([200, 400])
      const received = both.find((r) => r.status === 200)!.data
      expect(received.return).toMatchObject({ status: "refunded", received_at: expect.any(String) })
      expect(await stock("R31-100")).toBe(before + 1)

      // Medusa's own records: a received return of the line, a refund of 85,000 ₫ naming the bank account.
      const { data: adminView } = await api.get(`/admin/seller-returns/${id}`, admin)
      expect(adminView.return.refund_account.account_number).toBe("0123456789")
      const { data: returns } = await api.get(
        `/admin/returns?order_id=${placed.id}&fields=id,status,*items,*shipping_methods`,
        admin,
      )
      const medusaReturn = returns.returns.find((r: any) => r.id === adminView.return.return_id)
      expect(medusaReturn).toMatchObject({ status: "received" })
      expect(medusaReturn.items).toEqual([expect.objectContaining({ item_id: line.id, received_quantity: 1 })])
      // Sent back with the store's return shipping option; the buyer is charged nothing for it.
      expect(medusaReturn.shipping_methods).toEqual([
        expect.objectContaining({ name: "Gửi trả hàng qua bưu điện", amount: 0 }),
      ])
      const { data: withPayments } = await api.get(
        `/admin/orders/${placed.id}?fields=id,*payment_collections.payments.refunds`,
        admin,
      )
      const refunds = withPayments.order.payment_collections.flatMap((c: any) =>
        c.payments.flatMap((p: any) => p.refunds ?? []),
      )
      expect(refunds).toEqual([expect.objectContaining({ amount: 85000, note: expect.stringContaining("0123456789") })])
      expect(adminView.return.refund_ids).toEqual([refunds[0].id])

      // The seller was told of the request, the buyer of each decision.
      const mine = () => events.filter((e) => e.data.id === id).map((e) => [e.name, e.data.decision ?? null])
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(mine()).toEqual([
        ["seller_return.requested", null],
        ["seller_return.decided", "accepted"],
        ["seller_return.decided", "refunded"],
      ])
      expect(events.find((e) => e.data.id === id)!.data).toEqual({ id, seller_id: coop.seller.id, number: part.number })

      // The payout statement: 170,000 gross, 85,000 refunded, 8 % commission on the 85,000 left, and
      // the 30,000 return shipping charged to the seller.
      const { data: payouts } = await api.get("/sellers/me/payouts", coop.headers)
      expect(payouts.lines.find((l: any) => l.id === part.id)).toMatchObject({
        gross: 170000,
        refunds: 85000,
        commission: 6800,
        return_shipping: 30000,
        net: 48200,
      })
      expect((await api.get(`/sellers/me/returns/${id}`, coop.headers)).data.return.return_shipping).toEqual({
        amount: 30000,
        paid_by: "seller",
      })

      // The remaining unit can still be returned; the refunded one cannot be asked back again.
      const after = (await api.get(url, buyer)).data.parts.find((p: any) => p.id === part.id)
      expect(after.items[0]).toMatchObject({ returned: 1, returnable: 1 })
      expect((await api.get("/store/ocop/returns", buyer)).data.returns.map((r: any) => [r.id, r.status])).toEqual([
        [id, "refunded"],
      ])
    })

    it("a buyer returning for another reason pays the return shipping out of the refund; the seller is not charged it", async () => {
      const { placed, part, line } = await order(buyer, "muatra@example.vn")
      const url = `/store/ocop/orders/${placed.id}/returns`
      const { data: created } = await api.post(
        url,
        {
          seller_order_id: part.id,
          reason: "other",
          note: "Mua nhầm vị, xin trả lại",
          lines: [{ item_id: line.id, quantity: 1 }],
          refund_account: ACCOUNT,
        },
        buyer,
      )
      expect(created.return).toMatchObject({
        refund_amount: 55000,
        return_shipping: { amount: 30000, paid_by: "buyer" },
        lines: [expect.objectContaining({ amount: 85000 })],
      })
      const id = created.return.id
      await api.post(`/sellers/me/returns/${id}/accept`, { instructions: "Gửi lại qua bưu điện." }, coop.headers)
      const { data: received } = await api.post(`/sellers/me/returns/${id}/received`, {}, coop.headers)
      expect(received.return).toMatchObject({ status: "refunded", refund_amount: 55000 })

      // Medusa's return carries the shipping at the buyer's 30,000; the refund is the 55,000 left.
      const { data: adminView } = await api.get(`/admin/seller-returns/${id}`, admin)
      const { data: returns } = await api.get(`/admin/returns?order_id=${placed.id}&fields=id,*shipping_methods`, admin)
      expect(returns.returns.find((r: any) => r.id === adminView.return.return_id).shipping_methods).toEqual([
        expect.objectContaining({ amount: 30000 }),
      ])
      const { data: withPayments } = await api.get(
        `/admin/orders/${placed.id}?fields=id,*payment_collections.payments.refunds`,
        admin,
      )
      const refunds = withPayments.order.payment_collections.flatMap((c: any) =>
        c.payments.flatMap((p: any) => p.refunds ?? []),
      )
      expect(refunds.map((r: any) => Number(r.amount))).toEqual([55000])

      // The seller loses the returned unit's sale (commission on what it kept) and pays no shipping.
      const { data: payouts } = await api.get("/sellers/me/payouts", coop.headers)
      expect(payouts.lines.find((l: any) => l.id === part.id)).toMatchObject({
        gross: 170000,
        refunds: 85000,
        commission: 6800,
        return_shipping: 0,
        net: 78200,
      })
    })

    it("refuse → the guest buyer escalates → the admin decides; the admin's refusal is final", async () => {
      // A guest's order: reached with its token only.
      const guest = { headers: { "x-publishable-api-key": publishableKey } }
      const { placed, part, line } = await order(guest, "khachvanglai@example.vn")
      const token = { headers: { ...guest.headers, "x-order-token": placed.access_token } }
      const url = `/store/ocop/orders/${placed.id}/returns`
      const ask = () =>
        api.post(
          url,
          {
            seller_order_id: part.id,
            reason: "not_as_described",
            note: "Chè không thơm như mô tả",
            lines: [{ item_id: line.id, quantity: 2 }],
            refund_account: ACCOUNT,
          },
          token,
        )
      expect((await settle(api.get(url, guest))).status).toBe(404)
      const { data: first } = await ask()
      expect(first.return).toMatchObject({ status: "requested", refund_amount: 170000 })
      const id = first.return.id

      // Escalating before a refusal: refused.
      expect((await settle(api.post(`${url}/${id}/escalate`, { note: "Xin sàn xem" }, token))).status).toBe(400)
      const { data: refused } = await api.post(
        `/sellers/me/returns/${id}/refuse`,
        { reason: "Gói đã mở và dùng gần hết" },
        coop.headers,
      )
      expect(refused.return.status).toBe("refused")
      expect((await settle(api.post(`${url}/${id}/escalate`, { note: "Tôi chỉ mở thử" }, guest))).status).toBe(404)
      const { data: escalated } = await api.post(`${url}/${id}/escalate`, { note: "Tôi chỉ mở thử một ít" }, token)
      expect(escalated.return).toMatchObject({ status: "escalated", escalation_note: "Tôi chỉ mở thử một ít" })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(events.filter((e) => e.data.id === id && e.name === "seller_return.escalated").map((e) => e.data)).toEqual(
        [{ id, seller_id: coop.seller.id, number: part.number }],
      )

      // Only the admin decides now; seller and customer routes cannot.
      expect(
        (await settle(api.post(`/sellers/me/returns/${id}/accept`, { instructions: "Gửi lại" }, coop.headers))).status,
      ).toBe(400)
      expect(
        (await settle(api.post(`/admin/seller-returns/${id}/decide`, { decision: "accept", note: "Được" }, buyer)))
          .status,
      ).toBe(401)
      const { data: queue } = await api.get("/admin/seller-returns?status=escalated", admin)
      expect(queue.returns.map((r: any) => r.id)).toEqual([id])
      expect(
        (
          await settle(
            api.post(
              `/admin/seller-returns/${id}/decide`,
              { decision: "accept", note: "Ảnh cho thấy còn gần đầy" },
              admin,
            ),
          )
        ).status,
      ).toBe(400)
      const { data: decided } = await api.post(
        `/admin/seller-returns/${id}/decide`,
        { decision: "accept", instructions: "Gửi lại về HTX qua bưu điện", note: "Ảnh cho thấy gói còn gần đầy" },
        admin,
      )
      expect(decided.return).toMatchObject({ status: "accepted", decided_by: "admin" })
      const before = await stock("R31-100")
      const { data: received } = await api.post(`/admin/seller-returns/${id}/received`, {}, admin)
      expect(received.return.status).toBe("refunded")
      expect(await stock("R31-100")).toBe(before + 2)
      // Everything came back, not as described: nothing sold, and the seller owes the return shipping.
      expect(
        (await api.get("/sellers/me/payouts", coop.headers)).data.lines.find((l: any) => l.id === part.id),
      ).toMatchObject({
        refunds: 170000,
        commission: 0,
        return_shipping: 30000,
        net: -30000,
      })

      // Another order: the admin refuses, and that is final.
      const second = await order(buyer, "muatra@example.vn")
      const { data: made } = await api.post(
        `/store/ocop/orders/${second.placed.id}/returns`,
        {
          seller_order_id: second.part.id,
          reason: "quality",
          lines: [{ item_id: second.line.id, quantity: 1 }],
          refund_account: ACCOUNT,
        },
        buyer,
      )
      await api.post(`/sellers/me/returns/${made.return.id}/refuse`, { reason: "Chất lượng đúng mô tả" }, coop.headers)
      await api.post(
        `/store/ocop/orders/${second.placed.id}/returns/${made.return.id}/escalate`,
        { note: "Chè bị ẩm" },
        buyer,
      )
      const { data: closed } = await api.post(
        `/admin/seller-returns/${made.return.id}/decide`,
        { decision: "refuse", note: "Ảnh không cho thấy chè bị ẩm" },
        admin,
      )
      expect(closed.return).toMatchObject({ status: "closed", admin_note: "Ảnh không cho thấy chè bị ẩm" })
      expect(
        (
          await settle(
            api.post(
              `/store/ocop/orders/${second.placed.id}/returns/${made.return.id}/escalate`,
              { note: "Xin xem lại" },
              buyer,
            ),
          )
        ).status,
      ).toBe(400)
      expect((await settle(api.post(`/admin/seller-returns/${made.return.id}/received`, {}, admin))).status).toBe(400)
    })
  },
})
