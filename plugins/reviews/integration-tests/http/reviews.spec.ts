import { Modules } from "@medusajs/framework/utils"
import {
  approvedSeller,
  certifyProduct,
  customer,
  eventually,
  integrationTestRunner,
  placeCodOrder,
  productBody,
  demoStore,
  settle,
  sellerPartOf,
  variantBySku,
} from "@ocop/backend/testing"
import sharp from "sharp"

type Headers = { headers: Record<string, string> }

/**
 * Reviews from verified buyers through the HTTP API: only the buyer of a delivered line reviews it,
 * once; only the author edits; only the product's producer replies, once; only the operator hides.
 * Every denial writes nothing; the kept rating summary follows every change.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let admin: Headers
    let publishableKey: string
    let regionId: string
    let producer: Awaited<ReturnType<typeof approvedSeller>>
    let other: Awaited<ReturnType<typeof approvedSeller>>
    let product: { id: string; handle: string }
    let buyer: Headers
    let secondBuyer: Headers
    let stranger: Headers
    /** The buyer's line of the producer's product: delivered. */
    let deliveredLine: string
    /** The same order's line of the other seller: shipped, not delivered. */
    let shippedLine: string
    /** The second buyer's delivered line of the producer's product. */
    let secondLine: string

    async function deliver(seller: typeof producer, order: { id: string; items: { id: string }[] }, upTo: string) {
      const part = await sellerPartOf(api, seller.headers, order)
      await api.post(`/sellers/me/orders/${part.id}/accept`, {}, seller.headers)
      await api.post(`/sellers/me/orders/${part.id}/pack`, {}, seller.headers)
      await api.post(`/sellers/me/orders/${part.id}/ship`, { tracking_number: "VNP123456789" }, seller.headers)
      if (upTo === "delivered") await api.post(`/sellers/me/orders/${part.id}/deliver`, {}, seller.headers)
      return part.items[0].id as string
    }

    beforeAll(async () => {
      publishableKey = demo.publishableKey
      regionId = demo.regionId
      admin = demo.admin
      producer = await approvedSeller(api, admin, 71)
      other = await approvedSeller(api, admin, 72)
      const variants: Record<string, string> = {}
      for (const [seller, sku, decision] of [
        [producer, "R71", "7071/QĐ-UBND"],
        [other, "R72", "7072/QĐ-UBND"],
      ] as const) {
        const { data } = await api.post("/sellers/me/products", productBody(sku), seller.headers)
        await certifyProduct(api, admin, seller.subjectId, data.product.id, decision)
        await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, seller.headers)
        variants[sku] = variantBySku(data.product, `${sku}-100`).id
        if (seller === producer) product = { id: data.product.id, handle: data.product.handle }
      }
      buyer = await customer(api, publishableKey, "nguoimua.danhgia@example.vn")
      secondBuyer = await customer(api, publishableKey, "nguoimua2.danhgia@example.vn")
      stranger = await customer(api, publishableKey, "nguoila.danhgia@example.vn")

      const order = await placeCodOrder(api, buyer, {
        regionId,
        email: "nguoimua.danhgia@example.vn",
        lines: [
          { variant_id: variants.R71, quantity: 1 },
          { variant_id: variants.R72, quantity: 1 },
        ],
      })
      deliveredLine = await deliver(producer, order, "delivered")
      shippedLine = await deliver(other, order, "shipped")
      const second = await placeCodOrder(api, secondBuyer, {
        regionId,
        email: "nguoimua2.danhgia@example.vn",
        lines: [{ variant_id: variants.R71, quantity: 2 }],
      })
      secondLine = await deliver(producer, second, "delivered")
    })

    const anonymous = () => ({ headers: { "x-publishable-api-key": publishableKey } })
    const productReviews = async (query = "") =>
      (await api.get(`/store/ocop/products/${product.handle}/reviews${query}`, anonymous())).data
    const reviewCount = async () => {
      const { data } = await api.get("/admin/ocop/reviews?limit=100", admin)
      return data.count as number
    }
    const photo = () =>
      sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 150, b: 40 } } })
        .jpeg()
        .toBuffer()
    const review = (who: Headers, line: string, body: Record<string, unknown> = {}) =>
      api.post("/store/ocop/reviews", { line_item_id: line, rating: 5, ...body }, who)
    const events = () => {
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      const spy = vi.spyOn(bus, "emit")
      return {
        named: (name: string) =>
          spy.mock.calls
            .flatMap(([messages]) => (Array.isArray(messages) ? messages : [messages]))
            .filter((message: any) => message?.name === name)
            .map((message: any) => message.data),
        restore: () => spy.mockRestore(),
      }
    }

    it("refuses a review without a delivered purchase, of another's line, unsigned or with bad input, writing nothing", async () => {
      // The account lists only delivered lines: the other seller's shipped part is not there yet.
      const { data: mine } = await api.get("/store/customers/me/reviews", buyer)
      expect(mine.lines.map((line: any) => line.line_item_id)).toEqual([deliveredLine])
      expect(mine.lines[0]).toMatchObject({ product_id: product.id, review_id: null })

      const shipped = await settle(review(buyer, shippedLine))
      expect(shipped.status).toBe(400)
      expect(shipped.data.message).toMatch(/delivery has arrived.*shipped/)
      // Another customer's line looks unknown; so does an order id or nonsense.
      for (const line of [deliveredLine, secondLine, "ordli_khong_co"]) {
        expect((await settle(review(stranger, line))).status).toBe(404)
      }
      expect(
        (await settle(api.post("/store/ocop/reviews", { line_item_id: deliveredLine, rating: 5 }, anonymous()))).status,
      ).toBe(401)
      // A seller's token is not a customer's.
      const sellerToken = { headers: { ...producer.headers.headers, "x-publishable-api-key": publishableKey } }
      expect((await settle(review(sellerToken, deliveredLine))).status).toBe(401)

      for (const body of [
        { rating: 0 },
        { rating: 6 },
        { rating: 4.5 },
        { rating: "năm" },
        { rating: undefined },
        { text: "Rất ngon. ".repeat(500) },
        { title: "Tiêu đề\u0000" },
        { photos: [{ filename: "khong-phai-anh.jpg", content: Buffer.from("đây không phải ảnh").toString("base64") }] },
        { extra: true },
      ]) {
        const refused = await settle(review(buyer, deliveredLine, body))
        expect([JSON.stringify(body).slice(0, 40), refused.status]).toEqual([JSON.stringify(body).slice(0, 40), 400])
      }
      // Multipart: a text file sent as a photo is refused by its content, whatever its name.
      const form = new FormData()
      form.append("line_item_id", deliveredLine)
      form.append("rating", "5")
      form.append("files", new Blob([Buffer.from("không phải ảnh")], { type: "image/jpeg" }), "anh.jpg")
      const notImage = await settle(api.post("/store/ocop/reviews", form, buyer))
      expect(notImage.status).toBe(400)
      expect(notImage.data.message).toMatch(/anh\.jpg.*not an image/)

      expect(await reviewCount()).toBe(0)
      expect((await productReviews()).summary).toEqual({
        average: 0,
        count: 0,
        histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      })
    })

    it("a buyer reviews a delivered line once, with a photo; the product shows it and its average; only the author edits", async () => {
      const form = new FormData()
      form.append("line_item_id", deliveredLine)
      form.append("rating", "5")
      form.append("title", "Chè thơm, nước xanh")
      form.append("text", "Chè búp hái tay, pha nước thứ ba vẫn đậm. Đóng gói cẩn thận.")
      form.append("files", new Blob([await photo()], { type: "image/jpeg" }), "Ấm chè.jpg")
      const { status, data } = await api.post("/store/ocop/reviews", form, buyer)
      expect(status).toBe(201)
      expect(data.review).toMatchObject({
        rating: 5,
        title: "Chè thơm, nước xanh",
        author_name: "Trần Minh",
        status: "visible",
        line_item_id: deliveredLine,
        reply: null,
      })
      expect(data.review.photos).toHaveLength(1)
      expect(data.review.photos[0]).toMatchObject({
        width: 400,
        height: 300,
        url: expect.stringMatching(/am-che-original\.jpg$/),
      })
      const id = data.review.id

      const twice = await settle(review(buyer, deliveredLine, { rating: 1 }))
      expect(twice.status).toBe(422)

      const page = await productReviews()
      expect(page).toMatchObject({ count: 1, summary: { average: 5, count: 1, histogram: { 5: 1 } } })
      expect(page.reviews[0]).toMatchObject({ id, author_name: "Trần Minh", verified_purchase: true })
      // Nothing that identifies the buyer beyond the name they gave.
      expect(JSON.stringify(page)).not.toMatch(/nguoimua|cus_|order_|ordli_|"customer_id"|"line_item_id"/)

      // The second buyer (JSON) rates 2: the average and histogram follow.
      await review(secondBuyer, secondLine, { rating: 2, text: "Giao chậm." })
      expect((await productReviews()).summary).toEqual({
        average: 3.5,
        count: 2,
        histogram: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
      })
      expect((await productReviews("?sort=lowest")).reviews.map((r: any) => r.rating)).toEqual([2, 5])
      expect((await productReviews("?sort=highest&limit=1")).reviews.map((r: any) => r.rating)).toEqual([5])
      expect(
        (await settle(api.get(`/store/ocop/products/${product.handle}/reviews?sort=random`, anonymous()))).status,
      ).toBe(400)

      // The author edits; another customer cannot, nor see it as theirs.
      const edited = await api.post(`/store/ocop/reviews/${id}`, { rating: 4, text: "Sửa: vẫn ngon." }, buyer)
      expect(edited.data.review).toMatchObject({ rating: 4, text: "Sửa: vẫn ngon.", title: "Chè thơm, nước xanh" })
      expect((await productReviews()).summary).toMatchObject({ average: 3, count: 2, histogram: { 4: 1, 2: 1, 5: 0 } })
      for (const who of [stranger, secondBuyer]) {
        expect((await settle(api.post(`/store/ocop/reviews/${id}`, { rating: 1 }, who))).status).toBe(404)
        const { data: theirs } = await api.get("/store/customers/me/reviews", who)
        expect(theirs.reviews.map((r: any) => r.id)).not.toContain(id)
      }
      expect((await settle(api.post(`/store/ocop/reviews/${id}`, { rating: 1 }, anonymous()))).status).toBe(401)
      expect((await settle(api.post(`/store/ocop/reviews/${id}`, { rating: 7 }, buyer))).status).toBe(400)
      expect((await settle(api.post(`/store/ocop/reviews/${id}`, {}, buyer))).status).toBe(400)
      expect((await productReviews()).summary.average).toBe(3)

      const { data: mine } = await api.get("/store/customers/me/reviews", buyer)
      expect(mine.lines[0]).toMatchObject({ line_item_id: deliveredLine, review_id: id })
      expect(mine.reviews.map((r: any) => [r.id, r.rating])).toEqual([[id, 4]])
    })

    it("the author removes a photo and adds others within the limit; too many, an unknown photo or another's review change nothing", async () => {
      const form = new FormData()
      form.append("line_item_id", deliveredLine)
      form.append("rating", "5")
      form.append("files", new Blob([await photo()], { type: "image/jpeg" }), "Ấm chè.jpg")
      form.append("files", new Blob([await photo()], { type: "image/jpeg" }), "Búp chè.jpg")
      const created = (await api.post("/store/ocop/reviews", form, buyer)).data.review
      expect(created.photos.map((p: any) => p.id)).toEqual([expect.any(String), expect.any(String)])
      const [first, second] = created.photos
      const base64 = async () => (await photo()).toString("base64")
      const photosOf = async () =>
        (await api.get("/store/customers/me/reviews", buyer)).data.reviews[0].photos.map((p: any) => p.id)

      // Refused, nothing changed: one photo too many (2 kept + 3), a photo the review does not have,
      // another customer, no sign-in.
      const tooMany = await settle(
        api.post(
          `/store/ocop/reviews/${created.id}`,
          {
            photos: await Promise.all(
              ["a", "b", "c"].map(async (n) => ({ filename: `${n}.jpg`, content: await base64() })),
            ),
          },
          buyer,
        ),
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/^photos \(too_many\)/)
      const unknown = await settle(
        api.post(`/store/ocop/reviews/${created.id}`, { remove_photos: ["khong-co"] }, buyer),
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/^remove_photos \(unknown_photo\)/)
      expect(
        (await settle(api.post(`/store/ocop/reviews/${created.id}`, { remove_photos: [first.id] }, stranger))).status,
      ).toBe(404)
      expect(
        (await settle(api.post(`/store/ocop/reviews/${created.id}`, { remove_photos: [first.id] }, anonymous())))
          .status,
      ).toBe(401)
      expect(await photosOf()).toEqual([first.id, second.id])

      // A form: the first photo removed (the field once), two added, the stars changed.
      const edit = new FormData()
      edit.append("rating", "4")
      edit.append("remove_photos", first.id)
      edit.append("files", new Blob([await photo()], { type: "image/jpeg" }), "Nước chè.jpg")
      edit.append("files", new Blob([await photo()], { type: "image/jpeg" }), "Hộp chè.jpg")
      const edited = (await api.post(`/store/ocop/reviews/${created.id}`, edit, buyer)).data.review
      expect(edited.rating).toBe(4)
      expect(edited.photos.map((p: any) => p.id)).toEqual([second.id, expect.any(String), expect.any(String)])
      expect(edited.photos.map((p: any) => p.url).slice(1)).toEqual([
        expect.stringMatching(/nuoc-che-original\.jpg$/),
        expect.stringMatching(/hop-che-original\.jpg$/),
      ])
      expect(edited.photos.map((p: any) => p.id)).not.toContain(first.id)
      // JSON: two removed at once, the text alone otherwise kept.
      const json = (
        await api.post(
          `/store/ocop/reviews/${created.id}`,
          { remove_photos: edited.photos.slice(0, 2).map((p: any) => p.id) },
          buyer,
        )
      ).data.review
      expect(json.photos.map((p: any) => p.id)).toEqual([edited.photos[2].id])
      expect(json.rating).toBe(4)
      // The product page shows the photos as the author left them.
      expect((await productReviews()).reviews[0].photos.map((p: any) => p.id)).toEqual([edited.photos[2].id])
    })

    it("the producer replies once and the author is told; another seller neither sees nor replies", async () => {
      const { data } = await review(buyer, deliveredLine, { rating: 4, text: "Ngon." })
      const id = data.review.id
      const { data: own } = await api.get("/sellers/me/reviews", producer.headers)
      expect(own.reviews.map((r: any) => [r.id, r.product.id])).toEqual([[id, product.id]])
      expect(JSON.stringify(own)).not.toMatch(/nguoimua|cus_|"customer_id"/)
      expect((await api.get("/sellers/me/reviews", other.headers)).data.reviews).toEqual([])

      const notTheirs = await settle(api.post(`/sellers/me/reviews/${id}/reply`, { text: "Cảm ơn!" }, other.headers))
      expect(notTheirs.status).toBe(404)
      expect((await settle(api.post(`/sellers/me/reviews/${id}/reply`, { text: "Cảm ơn!" }, buyer))).status).toBe(401)
      expect((await settle(api.post(`/sellers/me/reviews/${id}/reply`, { text: "" }, producer.headers))).status).toBe(
        400,
      )
      expect(
        (await settle(api.post(`/sellers/me/reviews/${id}/reply`, { text: "x".repeat(5000) }, producer.headers)))
          .status,
      ).toBe(400)
      expect((await productReviews()).reviews[0].reply).toBeNull()

      const emitted = events()
      try {
        const replied = await api.post(
          `/sellers/me/reviews/${id}/reply`,
          { text: "Cảm ơn anh đã tin dùng chè của hợp tác xã." },
          producer.headers,
        )
        expect(replied.data.review.reply).toMatchObject({ text: "Cảm ơn anh đã tin dùng chè của hợp tác xã." })
        const twice = await settle(api.post(`/sellers/me/reviews/${id}/reply`, { text: "Lần hai" }, producer.headers))
        expect(twice.status).toBe(422)
        expect(emitted.named("review.replied")).toEqual([
          {
            id,
            customer_id: expect.stringMatching(/^cus_/),
            product_id: product.id,
            product_title: expect.stringContaining("Chè Shan tuyết"),
            product_handle: product.handle,
          },
        ])
      } finally {
        emitted.restore()
      }
      const shown = (await productReviews()).reviews[0]
      expect(shown.reply).toMatchObject({
        text: "Cảm ơn anh đã tin dùng chè của hợp tác xã.",
        replied_at: expect.any(String),
      })
      expect((await api.get("/sellers/me/reviews?replied=false", producer.headers)).data.reviews).toEqual([])
    })

    it("only the operator hides a review with a reason: it leaves the list and the average, the author is told and cannot show it again", async () => {
      const first = (await review(buyer, deliveredLine, { rating: 1, text: "Hàng giả!" })).data.review
      await review(secondBuyer, secondLine, { rating: 5 })
      expect((await productReviews()).summary).toMatchObject({ average: 3, count: 2 })

      for (const who of [buyer, producer.headers as any, anonymous()]) {
        const refused = await settle(api.post(`/admin/ocop/reviews/${first.id}/hide`, { reason: "Vi phạm" }, who))
        expect(refused.status).toBe(401)
      }
      expect((await settle(api.get("/admin/ocop/reviews", buyer))).status).toBe(401)
      expect((await settle(api.post(`/admin/ocop/reviews/${first.id}/hide`, {}, admin))).status).toBe(400)
      expect(
        (await settle(api.post(`/admin/ocop/reviews/rev_khong_co/hide`, { reason: "Vi phạm" }, admin))).status,
      ).toBe(404)
      expect((await productReviews()).count).toBe(2)

      const emitted = events()
      try {
        const hidden = await api.post(
          `/admin/ocop/reviews/${first.id}/hide`,
          { reason: "Nội dung vu khống không có căn cứ" },
          admin,
        )
        expect(hidden.data.review).toMatchObject({
          status: "hidden",
          hidden_reason: "Nội dung vu khống không có căn cứ",
        })
        expect(emitted.named("review.hidden")).toEqual([
          {
            id: first.id,
            customer_id: expect.stringMatching(/^cus_/),
            product_title: expect.stringContaining("Chè Shan tuyết"),
            reason: "Nội dung vu khống không có căn cứ",
          },
        ])
      } finally {
        emitted.restore()
      }
      const after = await productReviews()
      expect(after).toMatchObject({ count: 1, summary: { average: 5, count: 1, histogram: { 1: 0, 5: 1 } } })
      expect(after.reviews.map((r: any) => r.id)).not.toContain(first.id)
      expect((await api.get("/admin/ocop/reviews?status=hidden", admin)).data.reviews.map((r: any) => r.id)).toEqual([
        first.id,
      ])

      // The author sees why; editing keeps it hidden.
      const { data: mine } = await api.get("/store/customers/me/reviews", buyer)
      expect(mine.reviews[0]).toMatchObject({ status: "hidden", hidden_reason: "Nội dung vu khống không có căn cứ" })
      const edited = await api.post(`/store/ocop/reviews/${first.id}`, { rating: 2, text: "Sửa lại" }, buyer)
      expect(edited.data.review.status).toBe("hidden")
      expect((await settle(api.post(`/store/ocop/reviews/${first.id}`, { status: "visible" }, buyer))).status).toBe(400)
      expect((await productReviews()).summary).toMatchObject({ average: 5, count: 1 })

      await api.post(`/admin/ocop/reviews/${first.id}/unhide`, {}, admin)
      expect((await productReviews()).summary).toEqual({
        average: 3.5,
        count: 2,
        histogram: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
      })
    })

    it("the product page, the listing's cards and search carry the rating; search sorts by it", async () => {
      const { data } = await review(buyer, deliveredLine, { rating: 4, title: "Đậm vị" })
      await review(secondBuyer, secondLine, { rating: 5 })

      const { data: page } = await api.get(
        `/store/ocop/products/${product.handle}/page?region_id=${regionId}`,
        anonymous(),
      )
      expect(page.reviews).toMatchObject({
        summary: { average: 4.5, count: 2, histogram: { 4: 1, 5: 1 } },
        count: 2,
        sort: "newest",
      })
      expect(page.reviews.reviews.map((r: any) => r.rating).sort()).toEqual([4, 5])
      expect(JSON.stringify(page.reviews)).not.toMatch(/nguoimua|"customer_id"|"line_item_id"/)

      const { data: listing } = await api.get(`/store/ocop/products?limit=50`, anonymous())
      const card = (id: string) => listing.products.find((p: any) => p.id === id)
      expect(card(product.id).rating).toEqual({ average: 4.5, count: 2 })
      expect(listing.products.filter((p: any) => p.id !== product.id).every((p: any) => p.rating === null)).toBe(true)
      // The cards pages read by id (campaigns, events, the cart) carry it too.
      const others = listing.products.filter((p: any) => p.id !== product.id).map((p: any) => p.id)
      const { data: cards } = await api.get(
        `/store/ocop/product-cards?id=${[product.id, ...others].join(",")}&region_id=${regionId}`,
        anonymous(),
      )
      expect(cards.products.map((p: any) => [p.id, p.rating])).toEqual([
        [product.id, { average: 4.5, count: 2 }],
        ...others.map((id: string) => [id, null]),
      ])

      // Search: the rated product first when sorted by rating, with its rating on the hit.
      await eventually(
        () => api.get(`/store/ocop/search?sort=rating_desc&limit=50`, anonymous()),
        ({ data: found }: any) => {
          expect(found.hits[0]).toMatchObject({ id: product.id, rating: { average: 4.5, count: 2 } })
          expect(found.hits.slice(1).every((hit: any) => hit.rating === null)).toBe(true)
        },
      )
      // Hidden: gone from the average everywhere.
      await api.post(`/admin/ocop/reviews/${data.review.id}/hide`, { reason: "Trùng lặp nội dung" }, admin)
      expect(
        (await api.get(`/store/ocop/products/${product.handle}/page?region_id=${regionId}`, anonymous())).data.reviews
          .summary,
      ).toMatchObject({
        average: 5,
        count: 1,
      })
      await eventually(
        () => api.get(`/store/ocop/search?sort=rating_desc&limit=5`, anonymous()),
        ({ data: found }: any) => expect(found.hits[0].rating).toEqual({ average: 5, count: 1 }),
      )
    })
  },
})
