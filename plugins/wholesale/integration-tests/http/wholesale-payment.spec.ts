import {
  integrationTestRunner,
  BANK_TRANSFER_PROVIDER,
  placeCodOrder,
  readyCart,
  settle,
  approvedSeller,
  certifyProduct,
  productBody,
  customer,
  verifiedDistributor,
  demoStore,
  sellerPartOf,
} from "@ocop/backend/testing"

/**
 * Bank transfer by VietQR (a reference and an EMVCo payload per order, receipt confirmed by
 * each seller for its part or by the operator, which captures the payment) and VAT invoice data
 * (validated, kept with the order, shown to the sellers and the operator).
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let coop: Awaited<ReturnType<typeof approvedSeller>>
    let farm: Awaited<ReturnType<typeof approvedSeller>>
    const variants: Record<string, string> = {}

    beforeAll(async () => {
      coop = await approvedSeller(api, demo.admin, 41)
      farm = await approvedSeller(api, demo.admin, 42)
      for (const [seller, sku, decision] of [
        [coop, "P41", "8041/QĐ-UBND"],
        [farm, "P42", "8042/QĐ-UBND"],
      ] as const) {
        const { data } = await api.post("/sellers/me/products", productBody(sku), seller.headers)
        await certifyProduct(api, demo.admin, seller.subjectId, data.product.id, decision)
        await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, seller.headers)
        variants[sku] = data.product.variants.find((v: any) => v.sku.endsWith("-100")).id
      }
    })

    /**
     * The order is split per seller on order.placed (a subscriber): wait for the seller's part, found
     * in its own order list by its lines (a seller knows its part by the part's own id).
     */

    async function sellerPayment(headers: any, part: { id: string }) {
      const { data } = await api.get(`/sellers/me/wholesale/orders/${part.id}`, headers)
      expect(JSON.stringify(data)).not.toMatch(/order_[0-9A-Z]{10}|"order_id"/)
      return data.payment
    }

    it("pays a two-seller order by bank transfer with VAT invoice data; each seller confirms its part, the operator the rest", async () => {
      const buyer = await verifiedDistributor(api, demo.admin, demo.publishableKey, 41)
      const { data: prefill } = await api.get("/store/wholesale/invoice-details", buyer)
      expect(prefill.vat_invoice).toEqual({
        company_name: "Công ty TNHH Phân phối Đặc sản Việt Số 41",
        tax_code: "1010200041",
        address: "Số 5 Lê Duẩn, phường Bến Nghé, TP Hồ Chí Minh",
        email: buyer.email,
      })
      const consumer = await customer(api, demo.publishableKey, "nguoitieudung@example.vn")
      expect((await api.get("/store/wholesale/invoice-details", consumer)).data.vat_invoice).toBeNull()

      const cartId = await readyCart(api, buyer, {
        regionId: demo.regionId,
        email: buyer.email,
        lines: [
          { variant_id: variants.P41, quantity: 3 },
          { variant_id: variants.P42, quantity: 2 },
        ],
      })
      // Invoice details: a bad tax code is refused naming the field, by our route and by Medusa's cart update.
      const badTaxCode = await settle(
        api.post(`/store/carts/${cartId}/vat-invoice`, { ...prefill.vat_invoice, tax_code: "10102-00041" }, buyer),
      )
      expect(badTaxCode.status).toBe(400)
      expect(badTaxCode.data.message).toMatch(/vat_invoice\.tax_code/)
      const viaCart = await settle(
        api.post(
          `/store/carts/${cartId}`,
          { metadata: { vat_invoice: { ...prefill.vat_invoice, tax_code: "12345" } } },
          buyer,
        ),
      )
      expect(viaCart.status).toBe(400)
      expect(viaCart.data.message).toMatch(/metadata\.vat_invoice\.tax_code/)
      const invoice = {
        ...prefill.vat_invoice,
        tax_code: "1010200041-001",
        company_name: "Chi nhánh Thủ Đức — Công ty TNHH Phân phối Đặc sản Việt Số 41",
      }
      expect((await api.post(`/store/carts/${cartId}/vat-invoice`, invoice, buyer)).data.vat_invoice).toEqual(invoice)

      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, buyer)
      const { data: session } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: BANK_TRANSFER_PROVIDER },
        buyer,
      )
      const transferSession = session.payment_collection.payment_sessions[0]
      expect(transferSession.data.reference).toMatch(/^OCOP[A-Z2-9]{8}$/)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, buyer)
      expect(completed.type).toBe("order")
      const order = completed.order
      const goods = 3 * 85000 + 2 * 85000

      // The buyer's transfer details: the same reference, the order's total, a VietQR code to scan.
      // Only the buyer sees them: the order id alone shows nothing
      expect((await settle(api.get(`/store/orders/${order.id}/bank-transfer`, demo.store()))).status).toBe(404)
      const { data: shown } = await api.get(`/store/orders/${order.id}/bank-transfer`, buyer)
      const transfer = shown.payment.bank_transfer
      expect(transfer).toMatchObject({
        reference: transferSession.data.reference,
        amount: order.total,
        received: 0,
        status: "awaiting_transfer",
        bank_bin: "970405",
        account_number: "1500201234567",
      })
      expect(order.total).toBeGreaterThanOrEqual(goods)
      expect(transfer.payload).toContain(`54${String(order.total).length.toString().padStart(2, "0")}${order.total}`)
      expect(transfer.payload).toContain(transferSession.data.reference)
      expect(transfer.qr_svg).toMatch(/^<svg/)
      expect(shown.payment.vat_invoice).toEqual(invoice)

      // Each seller sees the invoice data and its own part; confirming captures its part's amount.
      const coopPart = await sellerPartOf(api, coop.headers, order)
      const farmPart = await sellerPartOf(api, farm.headers, order)
      const coopView = await sellerPayment(coop.headers, coopPart)
      expect(coopView).toMatchObject({
        vat_invoice: invoice,
        bank_transfer: { reference: transfer.reference, part_amount: 255000, status: "awaiting_transfer" },
      })
      const confirmed = await api.post(`/sellers/me/wholesale/orders/${coopPart.id}/confirm-receipt`, {}, coop.headers)
      expect(confirmed.data.payment.bank_transfer).toMatchObject({ status: "received", received: 255000 })
      const twice = await settle(
        api.post(`/sellers/me/wholesale/orders/${coopPart.id}/confirm-receipt`, {}, coop.headers),
      )
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/already been confirmed/)

      let { data: operator } = await api.get(`/admin/wholesale/orders/${order.id}`, demo.admin)
      expect(operator.payment).toMatchObject({ transfer_status: "partially_received", vat_invoice: invoice })
      expect(
        (await api.get(`/admin/orders/${order.id}?fields=payment_status`, demo.admin)).data.order.payment_status,
      ).toBe("partially_captured")
      expect(operator.payment.bank_transfer.receipts).toEqual([
        expect.objectContaining({ amount: 255000, confirmed_by: `seller:${coop.seller.id}` }),
      ])

      // The operator confirms the rest (the other seller's part and the shipping): fully captured.
      operator = (await api.post(`/admin/wholesale/orders/${order.id}/confirm-receipt`, {}, demo.admin)).data
      expect(operator.payment.transfer_status).toBe("received")
      expect(operator.payment.bank_transfer.received).toBe(order.total)
      expect((await sellerPayment(farm.headers, farmPart)).bank_transfer.status).toBe("received")
      expect(
        (await settle(api.post(`/admin/wholesale/orders/${order.id}/confirm-receipt`, {}, demo.admin))).status,
      ).toBe(400)
      const { data: adminOrder } = await api.get(`/admin/orders/${order.id}?fields=payment_status,metadata`, demo.admin)
      expect(adminOrder.order).toMatchObject({
        payment_status: "captured",
        metadata: expect.objectContaining({ vat_invoice: invoice }),
      })

      // Documents per seller: print-ready HTML of the seller's own part only.
      const confirmation = await api.get(
        `/sellers/me/wholesale/orders/${coopPart.id}/documents/confirmation`,
        coop.headers,
      )
      expect(confirmation.headers["content-type"]).toMatch(/text\/html/)
      expect(confirmation.data).toContain(`Xác nhận đơn hàng #${coopPart.number}`)
      expect(confirmation.data).not.toContain(order.id)
      expect(confirmation.data).toContain("@media print")
      expect(confirmation.data).toContain("MST: 1010200041-001")
      expect(confirmation.data).toContain("Chè Shan tuyết P41")
      expect(confirmation.data).not.toContain("Chè Shan tuyết P42")
      expect(confirmation.data).toMatch(/255\.000\s₫/)
      const note = await api.get(
        `/store/wholesale/orders/${order.id}/documents/delivery-note?seller_id=${farm.seller.id}`,
        buyer,
      )
      expect(note.data).toContain(`Phiếu giao hàng #${order.display_id}`)
      expect(note.data).toContain("Chè Shan tuyết P42")
      expect(note.data).not.toContain("₫")
      expect(
        (
          await settle(
            api.get(`/store/wholesale/orders/${order.id}/documents/confirmation?seller_id=${coop.seller.id}`, consumer),
          )
        ).status,
      ).toBe(404)
      expect(
        (
          await settle(
            api.get(`/store/wholesale/orders/${order.id}/documents/invoice?seller_id=${coop.seller.id}`, buyer),
          )
        ).status,
      ).toBe(404)

      // The distributor's orders and lines as CSV (UTF-8 with BOM).
      const csv = await api.get("/store/wholesale/orders.csv", { ...buyer, responseType: "arraybuffer" })
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const bytes = Buffer.from(csv.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = bytes.subarray(3).toString("utf8")
      const rows = text.trim().split("\n")
      expect(rows[0]).toBe(
        "order_id,display_id,placed_at,buyer_email,status,product,variant,sku,quantity,unit_price,line_total",
      )
      expect(
        rows
          .slice(1)
          .map((row: string) => row.split(",").slice(-3).join(","))
          .sort(),
      ).toEqual(["2,85000,170000", "3,85000,255000"])
      expect(rows.slice(1).every((row: string) => row.startsWith(`${order.id},${order.display_id},`))).toBe(true)
      expect((await settle(api.get("/store/wholesale/orders.csv", consumer))).status).toBeGreaterThanOrEqual(400)
    })

    it("keeps payments to their owners: other sellers get 404, customers and anonymous callers no seller or admin access; COD orders have no transfer", async () => {
      const order = await placeCodOrder(api, demo.store(), {
        regionId: demo.regionId,
        email: "khach-cod@example.vn",
        lines: [{ variant_id: variants.P41, quantity: 1 }],
      })
      const coopPart = await sellerPartOf(api, coop.headers, order)
      await sellerPayment(coop.headers, coopPart)
      for (const id of [coopPart.id, order.id]) {
        expect((await settle(api.get(`/sellers/me/wholesale/orders/${id}`, farm.headers))).status).toBe(404)
        expect(
          (await settle(api.get(`/sellers/me/wholesale/orders/${id}/documents/delivery-note`, farm.headers))).status,
        ).toBe(404)
        expect(
          (await settle(api.post(`/sellers/me/wholesale/orders/${id}/confirm-receipt`, {}, farm.headers))).status,
        ).toBe(404)
      }
      const stranger = await customer(api, demo.publishableKey, "khach-to-mo@example.vn")
      expect((await settle(api.get(`/sellers/me/wholesale/orders/${coopPart.id}`, stranger))).status).toBe(401)
      expect((await settle(api.post(`/admin/wholesale/orders/${order.id}/confirm-receipt`, {}, stranger))).status).toBe(
        401,
      )
      expect((await settle(api.post(`/admin/wholesale/orders/${order.id}/confirm-receipt`, {}))).status).toBe(401)

      // A guest's order: with the access token its completion gave, not with the id alone
      expect((await settle(api.get(`/store/orders/${order.id}/bank-transfer`, demo.store()))).status).toBe(404)
      const guest = { headers: { ...demo.store().headers, "x-order-token": (order as any).access_token } }
      const { data } = await api.get(`/store/orders/${order.id}/bank-transfer`, guest)
      expect(data.payment.bank_transfer).toBeNull()
      const cod = await settle(
        api.post(`/sellers/me/wholesale/orders/${coopPart.id}/confirm-receipt`, {}, coop.headers),
      )
      expect(cod.status).toBe(400)
      expect(cod.data.message).toMatch(/not paid by bank transfer/)
      expect((await settle(api.get(`/store/orders/order_nonexistent/bank-transfer`, demo.store()))).status).toBe(404)
    })
  },
})
