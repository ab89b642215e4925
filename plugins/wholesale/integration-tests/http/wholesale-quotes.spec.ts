import {
  integrationTestRunner,
  BANK_TRANSFER_PROVIDER,
  HANOI_ADDRESS,
  settle,
  approvedSeller,
  certifyProduct,
  productBody,
  sellerPartOf,
  acceptInvitation,
  companyBody,
  customer,
  verifiedDistributor,
  demoStore,
} from "@ocop/backend/testing"
import { Modules } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "@ocop/plugin-wholesale/modules/quote"
import expireQuotes from "@ocop/plugin-wholesale/jobs/expire-quotes"

/** The next days in Vietnam, YYYY-MM-DD. */
function vnDay(offsetDays: number) {
  return new Date(Date.now() + 7 * 3600 * 1000 + offsetDays * 86400 * 1000).toISOString().slice(0, 10)
}

/**
 * Quotes (RFQ). A verified distributor asks two sellers for prices, each seller sees and
 * answers only its own quote, messages go both ways, an accepted quote becomes a cart at the quoted
 * price that is ordered and paid by bank transfer; an answer past its date cannot be accepted.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let coop: Awaited<ReturnType<typeof approvedSeller>>
    let farm: Awaited<ReturnType<typeof approvedSeller>>
    let distributor: Awaited<ReturnType<typeof verifiedDistributor>>
    const variants: Record<string, string> = {}
    const products: Record<string, string> = {}

    beforeAll(async () => {
      coop = await approvedSeller(api, demo.admin, 51)
      farm = await approvedSeller(api, demo.admin, 52)
      for (const [seller, sku, decision] of [
        [coop, "Q51", "8051/QĐ-UBND"],
        [farm, "Q52", "8052/QĐ-UBND"],
      ] as const) {
        const { data } = await api.post("/sellers/me/products", productBody(sku), seller.headers)
        await certifyProduct(api, demo.admin, seller.subjectId, data.product.id, decision)
        await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, seller.headers)
        variants[sku] = data.product.variants.find((v: any) => v.sku.endsWith("-500")).id
        products[sku] = data.product.id
      }
      distributor = await verifiedDistributor(api, demo.admin, demo.publishableKey, 51)
    })

    async function requestBoth() {
      const { data, status } = await api.post(
        "/store/wholesale/quotes",
        {
          lines: [
            { variant_id: variants.Q51, quantity: 10 },
            { variant_id: variants.Q52, quantity: 6 },
          ],
          message: "Giao tại kho Thủ Đức, đóng thùng 10 hộp.",
        },
        distributor,
      )
      expect(status).toBe(201)
      const byseller = (sellerId: string) => data.quotes.find((q: any) => q.seller.id === sellerId)
      return { coopQuote: byseller(coop.seller.id), farmQuote: byseller(farm.seller.id) }
    }

    it("goes from request to an order at the quoted price, paid by bank transfer; each side sees only its own quotes", async () => {
      const { coopQuote, farmQuote } = await requestBoth()
      expect(coopQuote).toMatchObject({
        status: "requested",
        quantity: 10,
        unit_price: null,
        seller: { legal_name: "Hợp tác xã Chè Shan Tuyết Số 51" },
      })
      expect(coopQuote.messages).toEqual([
        expect.objectContaining({ author: "distributor", body: "Giao tại kho Thủ Đức, đóng thùng 10 hộp." }),
      ])

      // Each seller sees only its own quote; the other's id is a 404.
      const { data: coopList } = await api.get("/sellers/me/quotes", coop.headers)
      expect(coopList.quotes.map((q: any) => q.id)).toEqual([coopQuote.id])
      expect((await settle(api.get(`/sellers/me/quotes/${farmQuote.id}`, coop.headers))).status).toBe(404)
      expect(
        (
          await settle(
            api.post(
              `/sellers/me/quotes/${farmQuote.id}/answer`,
              { unit_price: 1, valid_until: vnDay(3) },
              coop.headers,
            ),
          )
        ).status,
      ).toBe(404)

      // The answer: a past date or a price that is not whole dong is refused naming the field.
      const past = await settle(
        api.post(
          `/sellers/me/quotes/${coopQuote.id}/answer`,
          { unit_price: 350000, valid_until: vnDay(-1) },
          coop.headers,
        ),
      )
      expect(past.status).toBe(400)
      expect(past.data.message).toMatch(/valid_until/)
      const fraction = await settle(
        api.post(
          `/sellers/me/quotes/${coopQuote.id}/answer`,
          { unit_price: 350000.5, valid_until: vnDay(3) },
          coop.headers,
        ),
      )
      expect(fraction.status).toBe(400)
      expect(fraction.data.message).toMatch(/unit_price/)
      const { data: answered } = await api.post(
        `/sellers/me/quotes/${coopQuote.id}/answer`,
        { unit_price: 350000, valid_until: vnDay(3), note: "Giá sỉ cho 10 hộp trở lên." },
        coop.headers,
      )
      expect(answered.quote).toMatchObject({
        status: "answered",
        unit_price: 350000,
        total: 3500000,
        valid_until: vnDay(3),
      })
      await api.post(
        `/sellers/me/quotes/${coopQuote.id}/messages`,
        { body: "Hàng có sẵn, giao trong 3 ngày." },
        coop.headers,
      )
      const { data: asked } = await api.post(
        `/store/wholesale/quotes/${coopQuote.id}/messages`,
        { body: "Cảm ơn, chúng tôi đồng ý." },
        distributor,
      )
      expect(asked.quote.messages.map((m: any) => m.author)).toEqual(["distributor", "seller", "distributor"])
      // An action a quote does not have is no route at all, on either side: 404, not a server error.
      for (const action of ["frobnicate", "answer", "accepted"]) {
        const unknown = await settle(api.post(`/store/wholesale/quotes/${coopQuote.id}/${action}`, {}, distributor))
        expect(unknown.status).toBe(404)
      }
      for (const action of ["frobnicate", "accept", "decline"]) {
        const unknown = await settle(api.post(`/sellers/me/quotes/${coopQuote.id}/${action}`, {}, coop.headers))
        expect(unknown.status).toBe(404)
      }

      // Another customer (even a verified distributor) gets a 404 for this quote.
      const rival = await verifiedDistributor(api, demo.admin, demo.publishableKey, 52)
      expect((await settle(api.get(`/store/wholesale/quotes/${coopQuote.id}`, rival))).status).toBe(404)
      expect((await settle(api.post(`/store/wholesale/quotes/${coopQuote.id}/accept`, {}, rival))).status).toBe(404)
      expect((await api.get("/store/wholesale/quotes", rival)).data.quotes).toEqual([])

      // The quotes are the company's: a colleague sees and discusses them; an accountant only reads.
      const colleague = await customer(api, demo.publishableKey, "dongnghiep51@example.vn")
      const accountant = await customer(api, demo.publishableKey, "ketoan51@example.vn")
      await api.post("/store/distributors/me/members", { email: "dongnghiep51@example.vn", role: "buyer" }, distributor)
      await api.post(
        "/store/distributors/me/members",
        { email: "ketoan51@example.vn", role: "accountant" },
        distributor,
      )
      await acceptInvitation(api, colleague)
      await acceptInvitation(api, accountant)
      const { data: shared } = await api.get("/store/wholesale/quotes", colleague)
      expect(shared.quotes.map((q: any) => q.id).sort()).toEqual([coopQuote.id, farmQuote.id].sort())
      // The list comes in pages, newest first: a page of one, then the next; a page size out of bounds is a 400.
      const first = (await api.get("/store/wholesale/quotes?limit=1", colleague)).data
      const second = (await api.get("/store/wholesale/quotes?limit=1&offset=1", colleague)).data
      expect([first.count, first.quotes.length, second.quotes.length]).toEqual([2, 1, 1])
      expect([first.quotes[0].id, second.quotes[0].id].sort()).toEqual([coopQuote.id, farmQuote.id].sort())
      for (const bad of ["limit=0", "limit=1000", "offset=-1", "order=customer_id"]) {
        expect((await settle(api.get(`/store/wholesale/quotes?${bad}`, colleague))).status).toBe(400)
      }
      const { data: noted } = await api.post(
        `/store/wholesale/quotes/${coopQuote.id}/messages`,
        { body: "Kho Thủ Đức nhận hàng buổi sáng." },
        colleague,
      )
      expect(noted.quote.messages).toHaveLength(4)
      expect((await api.get(`/store/wholesale/quotes/${coopQuote.id}`, accountant)).data.quote.id).toBe(coopQuote.id)
      const byAccountant = await settle(api.post(`/store/wholesale/quotes/${coopQuote.id}/accept`, {}, accountant))
      expect([byAccountant.status, byAccountant.data.message]).toEqual([
        403,
        expect.stringMatching(/role accountant cannot do this/),
      ])

      // Accept: a cart at the quoted unit price, which is ordered and paid by bank transfer.
      const { data: accepted } = await api.post(`/store/wholesale/quotes/${coopQuote.id}/accept`, {}, distributor)
      expect(accepted.quote).toMatchObject({ status: "accepted", cart_id: accepted.cart_id })
      const { data: cartData } = await api.get(`/store/carts/${accepted.cart_id}`, distributor)
      expect(cartData.cart.items.map((i: any) => [i.variant_id, i.quantity, i.unit_price])).toEqual([
        [variants.Q51, 10, 350000],
      ])
      expect(cartData.cart.customer_id).toBeTruthy()
      // The quote's links (plugins/wholesale/src/links): Query follows its ids to the cart, the buyer,
      // the company, the product, the variant and the seller.
      const { data: linked } = await getContainer()
        .resolve("query")
        .graph({
          entity: "quote",
          fields: [
            "cart.id",
            "customer.id",
            "distributor_company.id",
            "product.id",
            "product_variant.id",
            "seller.id",
            "seller.legal_name",
          ],
          filters: { id: coopQuote.id },
        })
      expect(linked[0]).toMatchObject({
        cart: { id: accepted.cart_id },
        customer: { id: accepted.quote.customer_id },
        distributor_company: { id: accepted.quote.company_id },
        product: { id: accepted.quote.product_id },
        product_variant: { id: variants.Q51 },
        seller: { id: accepted.quote.seller.id, legal_name: accepted.quote.seller.legal_name },
      })
      expect(accepted.quote.seller.legal_name).toEqual(expect.any(String))

      // The seller's view holds none of the buyer's ids; and knowing them grants nothing: a retail
      // customer cannot read, change, take over or complete the quoted cart (404 as for a missing one).
      const { data: sellerView } = await api.get(`/sellers/me/quotes/${coopQuote.id}`, coop.headers)
      for (const field of ["cart_id", "customer_id", "company_id"]) expect(sellerView.quote).not.toHaveProperty(field)
      const { data: sellerList } = await api.get("/sellers/me/quotes", coop.headers)
      expect(JSON.stringify(sellerList)).not.toContain(accepted.cart_id)
      const retail = await customer(api, demo.publishableKey, "khachle-chiemgio@example.vn")
      const anonymous = { headers: { "x-publishable-api-key": demo.publishableKey } }
      for (const who of [retail, anonymous]) {
        for (const attempt of [
          () => api.get(`/store/carts/${accepted.cart_id}`, who),
          () =>
            api.post(
              `/store/carts/${accepted.cart_id}`,
              { shipping_address: { ...HANOI_ADDRESS, address_1: "Kho lạ" } },
              who,
            ),
          () => api.post(`/store/carts/${accepted.cart_id}/customer`, {}, who),
          () =>
            api.post(`/store/carts/${accepted.cart_id}/line-items/${cartData.cart.items[0].id}`, { quantity: 50 }, who),
          () => api.post(`/store/carts/${accepted.cart_id}/complete`, {}, who),
          () => api.get(`/store/shipping-options?cart_id=${accepted.cart_id}`, who),
          () => api.post("/store/payment-collections", { cart_id: accepted.cart_id }, who),
        ]) {
          // Medusa asks an anonymous caller to sign in first (401) where its route needs a customer
          expect(who === anonymous ? [401, 404] : [404]).toContain((await settle(attempt())).status)
        }
      }
      expect((await api.get(`/store/carts/${accepted.cart_id}`, distributor)).data.cart.customer_id).toBe(
        cartData.cart.customer_id,
      )
      // The quoted price holds for the quoted quantity: the line's quantity cannot be changed.
      const changed = await settle(
        api.post(
          `/store/carts/${accepted.cart_id}/line-items/${cartData.cart.items[0].id}`,
          { quantity: 100 },
          distributor,
        ),
      )
      expect(changed.status).toBe(400)
      expect(changed.data.message).toMatch(/quantity \(quote\)/)
      await api.post(
        `/store/carts/${accepted.cart_id}`,
        { shipping_address: HANOI_ADDRESS, billing_address: HANOI_ADDRESS },
        distributor,
      )
      const { data: shipping } = await api.get(`/store/shipping-options?cart_id=${accepted.cart_id}`, distributor)
      await api.post(
        `/store/carts/${accepted.cart_id}/shipping-methods`,
        { option_id: shipping.shipping_options[0].id },
        distributor,
      )
      const { data: collection } = await api.post(
        "/store/payment-collections",
        { cart_id: accepted.cart_id },
        distributor,
      )
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: BANK_TRANSFER_PROVIDER },
        distributor,
      )
      const { data: completed } = await api.post(`/store/carts/${accepted.cart_id}/complete`, {}, distributor)
      expect(completed.type).toBe("order")
      expect(completed.order.items.map((i: any) => [i.quantity, i.unit_price])).toEqual([[10, 350000]])
      // Accepting twice creates nothing more.
      expect((await settle(api.post(`/store/wholesale/quotes/${coopQuote.id}/accept`, {}, distributor))).status).toBe(
        400,
      )

      // The other quote is declined; both sides see the statuses.
      expect(
        (await api.post(`/store/wholesale/quotes/${farmQuote.id}/decline`, {}, distributor)).data.quote.status,
      ).toBe("declined")
      expect((await api.get(`/sellers/me/quotes/${farmQuote.id}`, farm.headers)).data.quote.status).toBe("declined")
      const { data: mine } = await api.get("/store/wholesale/quotes", distributor)
      expect(mine.quotes.map((q: any) => [q.id, q.status]).sort()).toEqual(
        [
          [coopQuote.id, "accepted"],
          [farmQuote.id, "declined"],
        ].sort(),
      )
    })

    it("refuses to accept an answer past its date (nothing created) and the job marks it expired", async () => {
      const { coopQuote } = await requestBoth()
      await api.post(
        `/sellers/me/quotes/${coopQuote.id}/answer`,
        { unit_price: 340000, valid_until: vnDay(0) },
        coop.headers,
      )
      // Time passes: the validity ended yesterday.
      await getContainer()
        .resolve<any>(QUOTE_MODULE)
        .updateQuotes({ id: coopQuote.id, valid_until: new Date(Date.now() - 86400 * 1000) })
      const cartsBefore = (await getContainer().resolve(Modules.CART).listCarts({ customer_id: coopQuote.customer_id }))
        .length
      const late = await settle(api.post(`/store/wholesale/quotes/${coopQuote.id}/accept`, {}, distributor))
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/expired on \d{4}-\d{2}-\d{2}.*ask for a new quote/)
      expect(
        (await getContainer().resolve(Modules.CART).listCarts({ customer_id: coopQuote.customer_id })).length,
      ).toBe(cartsBefore)
      expect((await api.get(`/store/wholesale/quotes/${coopQuote.id}`, distributor)).data.quote).toMatchObject({
        status: "expired",
        cart_id: null,
      })

      // As Medusa's scheduler calls it: with the run's context, not a date
      const expired = await expireQuotes(getContainer(), { scheduledFor: new Date() })
      expect(expired).toContain(coopQuote.id)
      expect((await api.get(`/sellers/me/quotes/${coopQuote.id}`, coop.headers)).data.quote.status).toBe("expired")
      // The seller can renew it with a new date, and then it can be accepted.
      await api.post(
        `/sellers/me/quotes/${coopQuote.id}/answer`,
        { unit_price: 345000, valid_until: vnDay(2) },
        coop.headers,
      )
      expect(
        (await api.post(`/store/wholesale/quotes/${coopQuote.id}/accept`, {}, distributor)).data.cart_id,
      ).toBeTruthy()
    })

    it("quotes thousands of units within the stock, with a promised delivery day; accepted, ordered and fulfilled by the seller", async () => {
      // Wholesale quantities: 5,000 units is a quote; beyond 100,000 is refused naming the field.
      const tooMany = await settle(
        api.post("/store/wholesale/quotes", { lines: [{ variant_id: variants.Q51, quantity: 100_001 }] }, distributor),
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/quantity.*at most.*100000/)
      const { data: asked } = await api.post(
        "/store/wholesale/quotes",
        { lines: [{ variant_id: variants.Q51, quantity: 5000 }], message: "Cần 5.000 hộp cho Tết." },
        distributor,
      )
      const [quote] = asked.quotes
      expect(quote).toMatchObject({ quantity: 5000, status: "requested", delivery_date: null })
      expect(quote).not.toHaveProperty("available")

      // The seller sees its stock next to the quantity, and cannot answer beyond it.
      const { data: seen } = await api.get(`/sellers/me/quotes/${quote.id}`, coop.headers)
      const stockBefore = seen.quote.available
      expect(stockBefore).toBeLessThan(5000)
      const beyond = await settle(
        api.post(
          `/sellers/me/quotes/${quote.id}/answer`,
          { unit_price: 300000, valid_until: vnDay(5), delivery_date: vnDay(30) },
          coop.headers,
        ),
      )
      expect(beyond.status).toBe(400)
      expect(beyond.data.message).toMatch(
        /^quantity \(stock\): \d+ in stock for 5000 quoted: raise this variant's stock/,
      )
      expect((await api.get(`/sellers/me/quotes/${quote.id}`, coop.headers)).data.quote.status).toBe("requested")
      // A promised delivery day in the past is refused naming the field.
      await api.post(
        `/sellers/me/products/${products.Q51}`,
        { variants: [{ id: variants.Q51, stock: 6000 }] },
        coop.headers,
      )
      const pastDelivery = await settle(
        api.post(
          `/sellers/me/quotes/${quote.id}/answer`,
          { unit_price: 300000, valid_until: vnDay(5), delivery_date: vnDay(-1) },
          coop.headers,
        ),
      )
      expect(pastDelivery.status).toBe(400)
      expect(pastDelivery.data.message).toMatch(/^delivery_date \(future\)/)
      // With the coming production recorded as stock, the seller answers and promises the day.
      const { data: answered } = await api.post(
        `/sellers/me/quotes/${quote.id}/answer`,
        { unit_price: 300000, valid_until: vnDay(5), delivery_date: vnDay(30) },
        coop.headers,
      )
      expect(answered.quote).toMatchObject({
        status: "answered",
        available: 6000,
        delivery_date: vnDay(30),
        total: 1_500_000_000,
      })
      const { data: buyerView } = await api.get(`/store/wholesale/quotes/${quote.id}`, distributor)
      expect(buyerView.quote).toMatchObject({ delivery_date: vnDay(30), unit_price: 300000 })
      expect(buyerView.quote).not.toHaveProperty("available")

      // Stock sold meanwhile: accepting says so, and nothing is created.
      await api.post(
        `/sellers/me/products/${products.Q51}`,
        { variants: [{ id: variants.Q51, stock: 10 }] },
        coop.headers,
      )
      const sold = await settle(api.post(`/store/wholesale/quotes/${quote.id}/accept`, {}, distributor))
      expect(sold.status).toBe(400)
      expect(sold.data.message).toMatch(/^quantity \(stock_sold\): 10 left in stock for 5000 quoted/)
      expect((await api.get(`/store/wholesale/quotes/${quote.id}`, distributor)).data.quote).toMatchObject({
        status: "answered",
        cart_id: null,
      })

      // Stock back: accepted, ordered by bank transfer, and the seller fulfils its part.
      await api.post(
        `/sellers/me/products/${products.Q51}`,
        { variants: [{ id: variants.Q51, stock: 6000 }] },
        coop.headers,
      )
      const { data: accepted } = await api.post(`/store/wholesale/quotes/${quote.id}/accept`, {}, distributor)
      const cartId = accepted.cart_id
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: HANOI_ADDRESS, billing_address: HANOI_ADDRESS },
        distributor,
      )
      const { data: shipping } = await api.get(`/store/shipping-options?cart_id=${cartId}`, distributor)
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: shipping.shipping_options[0].id },
        distributor,
      )
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, distributor)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: BANK_TRANSFER_PROVIDER },
        distributor,
      )
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, distributor)
      expect(completed.type).toBe("order")
      expect(completed.order.items.map((i: any) => [i.quantity, i.unit_price])).toEqual([[5000, 300000]])
      const part = await sellerPartOf(api, coop.headers, completed.order)
      await api.post(`/sellers/me/wholesale/orders/${part.id}/confirm-receipt`, {}, coop.headers)
      await api.post(`/sellers/me/orders/${part.id}/accept`, {}, coop.headers)
      await api.post(`/sellers/me/orders/${part.id}/pack`, {}, coop.headers)
      const { data: shipped } = await api.post(
        `/sellers/me/orders/${part.id}/ship`,
        { tracking_number: "VNP500000001" },
        coop.headers,
      )
      expect(shipped.order.status).toBe("shipped")
      expect((await api.get(`/sellers/me/quotes/${quote.id}`, coop.headers)).data.quote.available).toBe(1000)
    })

    it("lets only verified distributors ask, with valid lines; sellers and anonymous callers are refused", async () => {
      const consumer = await customer(api, demo.publishableKey, "khachle@example.vn")
      const notDistributor = await settle(
        api.post("/store/wholesale/quotes", { lines: [{ variant_id: variants.Q51, quantity: 5 }] }, consumer),
      )
      expect([400, 403]).toContain(notDistributor.status)
      expect(notDistributor.data.message).toMatch(/distributor/)
      const pending = await customer(api, demo.publishableKey, "chuaxacminh@example.vn")
      await api.post("/store/distributors", companyBody(53), pending)
      const unverified = await settle(
        api.post("/store/wholesale/quotes", { lines: [{ variant_id: variants.Q51, quantity: 5 }] }, pending),
      )
      expect([400, 403]).toContain(unverified.status)
      expect(unverified.data.message).toMatch(/not verified/)

      const unknown = await settle(
        api.post(
          "/store/wholesale/quotes",
          {
            lines: [
              { variant_id: variants.Q51, quantity: 5 },
              { variant_id: "variant_khong_co", quantity: 1 },
            ],
          },
          distributor,
        ),
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/lines\[1\]\.variant_id/)
      const zero = await settle(
        api.post("/store/wholesale/quotes", { lines: [{ variant_id: variants.Q51, quantity: 0 }] }, distributor),
      )
      expect(zero.status).toBe(400)
      expect(zero.data.message).toMatch(/quantity/)
      expect((await api.get("/store/wholesale/quotes", distributor)).data.quotes).toEqual([])

      expect(
        (
          await settle(
            api.get("/store/wholesale/quotes", { headers: { "x-publishable-api-key": demo.publishableKey } }),
          )
        ).status,
      ).toBe(401)
      expect((await settle(api.get("/sellers/me/quotes", distributor))).status).toBe(401)
      expect((await settle(api.get("/store/wholesale/quotes", coop.headers))).status).toBe(400) // no publishable key
    })
  },
})
