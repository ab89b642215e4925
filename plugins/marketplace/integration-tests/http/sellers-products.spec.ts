import {
  integrationTestRunner,
  placeCodOrder,
  channelProductIds,
  settle,
  approvedSeller,
  bearer,
  certifyProduct,
  productBody,
  registerSeller,
  demoStore,
  sellerPartOf,
  variantBySku,
} from "@ocop/backend/testing"

const LOT = {
  lot_code: "CHE-2025-09",
  production_date: "2025-09-01",
  quantity_produced: 200,
  origin_area: "Xã Bắc Hà, tỉnh Lào Cai",
}
const EVENT = {
  event_type: "ObjectEvent",
  action: "ADD",
  biz_step: "commissioning",
  disposition: "active",
  event_time: "2025-09-01T06:30:00+07:00",
  quantities: [{ quantity: 200, uom: "KGM" }],
}

/** Sellers list their own products; publication needs approval and a valid certificate. */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let a: Awaited<ReturnType<typeof approvedSeller>>
    let b: Awaited<ReturnType<typeof approvedSeller>>

    beforeAll(async () => {
      a = await approvedSeller(api, demo.admin, 11)
      b = await approvedSeller(api, demo.admin, 12)
    })

    async function productCount() {
      const { data } = await api.get("/admin/products?limit=1", demo.admin)
      return data.count as number
    }

    it("creates a draft with VND prices and stock, lists it for its seller only, and edits it", async () => {
      const created = await api.post("/sellers/me/products", productBody("A1"), a.headers)
      expect(created.status).toBe(201)
      const product = created.data.product
      expect(product).toMatchObject({ title: "Chè Shan tuyết A1", status: "draft", published: false, product_group: 1 })
      expect(product.images).toEqual([{ url: "https://example.vn/anh/che.jpg" }])
      expect(product.variants.map((v: any) => [v.sku, v.price_vnd, v.stock]).sort()).toEqual([
        ["A1-100", 85000, 40],
        ["A1-500", 390000, 12],
      ])

      expect((await api.get("/sellers/me/products", a.headers)).data.products.map((p: any) => p.id)).toContain(
        product.id,
      )
      expect((await api.get("/sellers/me/products", b.headers)).data.products.map((p: any) => p.id)).not.toContain(
        product.id,
      )
      expect(
        (await api.get(`/admin/sellers/${a.seller.id}`, demo.admin)).data.seller.products.map((p: any) => p.id),
      ).toContain(product.id)

      const small = product.variants.find((v: any) => v.sku === "A1-100")
      const edited = await api.post(
        `/sellers/me/products/${product.id}`,
        { title: "Chè Shan tuyết cổ thụ", variants: [{ id: small.id, price_vnd: 90000, stock: 7 }] },
        a.headers,
      )
      expect(edited.data.product.title).toBe("Chè Shan tuyết cổ thụ")
      expect(edited.data.product.variants.find((v: any) => v.id === small.id)).toMatchObject({
        price_vnd: 90000,
        stock: 7,
      })
    })

    it("keeps a product's images as given: saved again without duplicates, reordered, removed", async () => {
      const one = { url: "https://example.vn/anh/mot.webp", metadata: { width: 640, height: 640, variants: [] } }
      const two = { url: "https://example.vn/anh/hai.webp" }
      const three = { url: "https://example.vn/anh/ba.webp" }
      const { data } = await api.post("/sellers/me/products", productBody("IM1", { images: [one] }), a.headers)
      const id = data.product.id
      const save = async (body: Record<string, unknown>) =>
        (await api.post(`/sellers/me/products/${id}`, body, a.headers)).data.product
      const urls = (product: any) => product.images.map((image: any) => image.url)

      // Saving the product again, with or without its images, keeps one copy of each.
      expect(urls(await save({ title: "Chè Shan tuyết IM1" }))).toEqual([one.url])
      expect(urls(await save({ title: "Chè Shan tuyết IM1", images: [one] }))).toEqual([one.url])
      expect(urls(await save({ images: [one, two, three] }))).toEqual([one.url, two.url, three.url])
      expect(urls(await save({ images: [one, two, three] }))).toEqual([one.url, two.url, three.url])
      // Reordered: the first is the thumbnail the demo.store() shows.
      const reordered = await save({ images: [three, one, two] })
      expect(urls(reordered)).toEqual([three.url, one.url, two.url])
      expect(urls((await api.get(`/sellers/me/products/${id}`, a.headers)).data.product)).toEqual([
        three.url,
        one.url,
        two.url,
      ])
      const { data: stored } = await api.get(`/admin/products/${id}?fields=thumbnail,*images`, demo.admin)
      expect(stored.product.thumbnail).toBe(three.url)
      expect(stored.product.images).toHaveLength(3)
      // Removed.
      expect(urls(await save({ images: [three, two] }))).toEqual([three.url, two.url])
      const { data: after } = await api.get(`/admin/products/${id}?fields=thumbnail,*images`, demo.admin)
      expect(after.product.images.map((image: any) => image.url).sort()).toEqual([two.url, three.url].sort())
    })

    it("keeps optional English names of the product and its variants for the English storefront", async () => {
      const body = productBody("EN1", { title_en: "Shan Tuyet tea EN1" })
      body.variants[0] = { ...body.variants[0], title_en: "100 g pack" }
      const { data: created } = await api.post("/sellers/me/products", body, a.headers)
      expect(created.product.title_en).toBe("Shan Tuyet tea EN1")
      expect(created.product.variants.map((v: any) => [v.title, v.title_en]).sort()).toEqual([
        ["Gói 100 g", "100 g pack"],
        ["Hộp 500 g", null],
      ])
      const pack = created.product.variants.find((v: any) => v.title === "Hộp 500 g")
      const { data: edited } = await api.post(
        `/sellers/me/products/${created.product.id}`,
        { title_en: "", variants: [{ id: pack.id, title_en: "500 g box" }] },
        a.headers,
      )
      // "" removes the English name: the English pages then show the Vietnamese one.
      expect(edited.product.title_en).toBeNull()
      expect(edited.product.variants.map((v: any) => [v.title, v.title_en]).sort()).toEqual([
        ["Gói 100 g", "100 g pack"],
        ["Hộp 500 g", "500 g box"],
      ])
      const { data: stored } = await api.get(
        `/admin/products/${created.product.id}?fields=metadata,variants.metadata,variants.title`,
        demo.admin,
      )
      expect(stored.product.metadata.title_en).toBeUndefined()
      expect(stored.product.metadata.seller_id).toBe(a.seller.id)
      const tooLong = await settle(
        api.post(`/sellers/me/products/${created.product.id}`, { title_en: "x".repeat(201) }, a.headers),
      )
      expect(tooLong.status).toBe(400)
      expect(tooLong.data.message).toMatch(/title_en/)
    })

    it("publishes into the OCOP channel only with a valid certificate, and only once approved", async () => {
      const { data } = await api.post("/sellers/me/products", productBody("A2"), a.headers)
      const refused = await settle(api.post(`/sellers/me/products/${data.product.id}/publish`, {}, a.headers))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/no OCOP certificate/)
      expect(await channelProductIds(getContainer())).not.toContain(data.product.id)
      expect((await api.get(`/sellers/me/products/${data.product.id}`, a.headers)).data.product.status).toBe("draft")

      await certifyProduct(api, demo.admin, a.subjectId, data.product.id, "7001/QĐ-UBND")
      const published = await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, a.headers)
      expect(published.data.product).toMatchObject({ status: "published", published: true })
      expect(await channelProductIds(getContainer())).toContain(data.product.id)

      const pending = await registerSeller(api, 13)
      const { data: draft } = await api.post("/sellers/me/products", productBody("P13"), pending.headers)
      const notApproved = await settle(
        api.post(`/sellers/me/products/${draft.product.id}/publish`, {}, pending.headers),
      )
      expect(notApproved.status).toBe(400)
      expect(notApproved.data.message).toMatch(/pending seller cannot publish/)
    })

    it("puts a published product on sale in the store: an ASCII handle, priced in VND, in stock, bought through a cart", async () => {
      const body = productBody("S1", { title: "Nước mắm cá cơm Đặc biệt" })
      const { data } = await api.post("/sellers/me/products", body, a.headers)
      // Diacritics folded: the storefront puts the handle in URLs and in its redirect's Location header.
      expect(data.product.handle).toBe("nuoc-mam-ca-com-dac-biet")
      const { data: same } = await api.post(
        "/sellers/me/products",
        { ...productBody("S2"), title: body.title },
        b.headers,
      )
      expect(same.product.handle).toBe("nuoc-mam-ca-com-dac-biet-2")
      await certifyProduct(api, demo.admin, a.subjectId, data.product.id, "7011/QĐ-UBND")
      await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, a.headers)

      const { data: listed } = await api.get(
        `/store/products?handle=${data.product.handle}&region_id=${demo.regionId}&fields=id,variants.id,variants.sku,*variants.calculated_price,+variants.inventory_quantity`,
        demo.store(),
      )
      const variant = listed.products[0].variants.find((v: any) => v.sku === "S1-100")
      expect([
        variant.calculated_price.calculated_amount,
        variant.calculated_price.currency_code,
        variant.inventory_quantity,
      ]).toEqual([85000, "vnd", 40])
      const order = await placeCodOrder(api, demo.store(), {
        regionId: demo.regionId,
        email: "khach.s1@example.vn",
        lines: [{ variant_id: variant.id, quantity: 3 }],
      })
      expect(order.items.map((item) => [item.variant_id, item.quantity])).toEqual([[variant.id, 3]])
      const after = (await api.get(`/sellers/me/products/${data.product.id}`, a.headers)).data.product
      expect(after.variants.find((v: any) => v.id === variant.id)).toMatchObject({ stock: 40, reserved: 3 })
    })

    it("adds and removes variants on edit, with the create rules, and keeps variants that open orders need", async () => {
      const { data } = await api.post("/sellers/me/products", productBody("V1"), a.headers)
      const url = `/sellers/me/products/${data.product.id}/variants`
      const added = await api.post(url, { title: "Hộp 1 kg", sku: "V1-1000", price_vnd: 700000, stock: 5 }, a.headers)
      expect(added.status).toBe(201)
      const big = added.data.product.variants.find((v: any) => v.sku === "V1-1000")
      expect(big).toMatchObject({ title: "Hộp 1 kg", price_vnd: 700000, stock: 5 })
      for (const [body, message] of [
        [{ title: "Hộp 2 kg", sku: "V1-2000", price_vnd: 0, stock: 1 }, /price_vnd/],
        [{ title: "Hộp 2 kg", sku: "V1-2000", price_vnd: 1500.5, stock: 1 }, /price_vnd/],
        [{ title: "Hộp 2 kg", sku: "V1-2000", price_vnd: 1500000, stock: -1 }, /stock/],
        [{ title: "Hộp 1 kg", sku: "V1-2000", price_vnd: 1500000, stock: 1 }, /title/],
        [{ title: "Hộp 2 kg", sku: "V1-2000", price_vnd: 1500000, stock: 1, status: "published" }, /status/],
      ] as const) {
        const refused = await settle(api.post(url, body, a.headers))
        expect([JSON.stringify(body), refused.status, refused.data.message]).toEqual([
          JSON.stringify(body),
          400,
          expect.stringMatching(message),
        ])
      }
      expect((await api.get(`/sellers/me/products/${data.product.id}`, a.headers)).data.product.variants).toHaveLength(
        3,
      )

      // On sale and ordered: the variant cannot go while that order is open.
      await certifyProduct(api, demo.admin, a.subjectId, data.product.id, "7012/QĐ-UBND")
      await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, a.headers)
      const order = await placeCodOrder(api, demo.store(), {
        regionId: demo.regionId,
        email: "khach.v1@example.vn",
        lines: [{ variant_id: big.id, quantity: 1 }],
      })
      // The order is split per seller by a subscriber: wait for this seller's part (by its lines).
      const part = await sellerPartOf(api, a.headers, order)
      const busy = await settle(api.delete(`${url}/${big.id}`, a.headers))
      expect([busy.status, busy.data.message]).toEqual([
        400,
        expect.stringContaining(`open orders (#${part.number}): ship or cancel`),
      ])
      await api.post(`/sellers/me/orders/${part.id}/cancel`, { reason: "Ngừng bán quy cách này" }, a.headers)
      const removed = await api.delete(`${url}/${big.id}`, a.headers)
      expect(removed.data.product.variants.map((v: any) => v.sku).sort()).toEqual(["V1-100", "V1-500"])

      const [small, large] = [
        variantBySku(removed.data.product, "V1-100"),
        variantBySku(removed.data.product, "V1-500"),
      ]
      await api.delete(`${url}/${small.id}`, a.headers)
      const last = await settle(api.delete(`${url}/${large.id}`, a.headers))
      expect([last.status, last.data.message]).toEqual([400, expect.stringMatching(/at least one variant/)])
    })

    it("refuses bad product input with 400 naming the field, and writes nothing", async () => {
      const before = await productCount()
      const variant = (over: Record<string, unknown>) => ({
        variants: [{ title: "Gói", sku: "BAD-1", price_vnd: 1000, stock: 1, ...over }],
      })
      const cases: [Record<string, unknown>, RegExp][] = [
        [variant({ price_vnd: 0 }), /price_vnd/],
        [variant({ price_vnd: -5000 }), /price_vnd/],
        [variant({ price_vnd: 1000.5 }), /price_vnd/],
        [variant({ stock: -1 }), /stock/],
        [{ variants: [] }, /variants/],
        [{ status: "published" }, /status/],
        [{ seller_id: b.seller.id }, /seller_id/],
        [{ sales_channels: [{ id: "sc_x" }] }, /sales_channels/],
      ]
      for (const [overrides, message] of cases) {
        const response = await settle(api.post("/sellers/me/products", productBody("BAD", overrides), a.headers))
        expect(response.status, JSON.stringify(overrides)).toBe(400)
        expect(response.data.message, JSON.stringify(overrides)).toMatch(message)
      }
      const { data } = await api.post("/sellers/me/products", productBody("A3"), a.headers)
      const variantId = variantBySku(data.product, "A3-100").id
      for (const body of [
        { variants: [{ id: variantId, price_vnd: 0 }] },
        { variants: [{ id: variantId, stock: -3 }] },
        { status: "published" },
      ]) {
        const response = await settle(api.post(`/sellers/me/products/${data.product.id}`, body, a.headers))
        expect(response.status, JSON.stringify(body)).toBe(400)
      }
      expect(
        variantBySku((await api.get(`/sellers/me/products/${data.product.id}`, a.headers)).data.product, "A3-100"),
      ).toMatchObject({
        price_vnd: variantBySku(data.product, "A3-100").price_vnd,
        stock: variantBySku(data.product, "A3-100").stock,
      })
      expect(await productCount()).toBe(before + 1)
    })

    it("records lots and trace events of its own variants through the traceability workflows", async () => {
      const { data } = await api.post("/sellers/me/products", productBody("A5"), a.headers)
      const variantId = variantBySku(data.product, "A5-100").id
      await certifyProduct(api, demo.admin, a.subjectId, data.product.id, "7005/QĐ-UBND")
      await api.post("/admin/ocop/trade-items", { variant_id: variantId, gtin: "8936123450014" }, demo.admin)
      const created = await api.post("/sellers/me/lots", { ...LOT, variant_id: variantId }, a.headers)
      expect(created.status).toBe(201)
      expect(created.data.lot).toMatchObject({ lot_code: "CHE-2025-09" })
      const event = await api.post(`/sellers/me/lots/${created.data.lot.id}/events`, EVENT, a.headers)
      expect(event.status).toBe(201)
      const detail = await api.get(`/sellers/me/lots/${created.data.lot.id}`, a.headers)
      expect(detail.data.events.map((e: any) => e.biz_step)).toEqual(["commissioning"])
      expect((await api.get("/sellers/me/lots", a.headers)).data.lots.map((l: any) => l.id)).toEqual([
        created.data.lot.id,
      ])
      expect((await api.get("/sellers/me/lots", b.headers)).data.lots).toEqual([])
      const forged = await settle(
        api.post(
          "/sellers/me/lots",
          { ...LOT, lot_code: "CHE-X", variant_id: variantId, subject_id: b.subjectId },
          a.headers,
        ),
      )
      expect(forged.status).toBe(400)
      expect(forged.data.message).toMatch(/subject_id/)
    })

    it("pages its products and lots, newest first, and refuses a page it cannot give", async () => {
      const c = await approvedSeller(api, demo.admin, 13)
      const products: { id: string; variants: { id: string; sku: string }[] }[] = []
      for (const sku of ["C1", "C2", "C3"]) {
        products.push((await api.post("/sellers/me/products", productBody(sku), c.headers)).data.product)
      }
      const page = async (list: string, query: string) =>
        (await api.get(`/sellers/me/${list}?${query}`, c.headers)).data

      const first = await page("products", "limit=2")
      expect(first).toMatchObject({ count: 3, limit: 2, offset: 0 })
      expect(first.products.map((p: any) => p.id)).toEqual([products[2].id, products[1].id])
      const second = await page("products", "limit=2&offset=2")
      expect(second).toMatchObject({ count: 3, limit: 2, offset: 2 })
      expect(second.products.map((p: any) => p.id)).toEqual([products[0].id])
      expect((await page("products", "order=title")).products.map((p: any) => p.title)).toEqual([
        "Chè Shan tuyết C1",
        "Chè Shan tuyết C2",
        "Chè Shan tuyết C3",
      ])

      await certifyProduct(api, demo.admin, c.subjectId, products[0].id, "7013/QĐ-UBND")
      const variantId = variantBySku(products[0], "C1-100").id
      await api.post("/admin/ocop/trade-items", { variant_id: variantId, gtin: "8936123450137" }, demo.admin)
      const lots: string[] = []
      for (const day of ["01", "02", "03"]) {
        const body = { ...LOT, lot_code: `CHE-C-${day}`, production_date: `2025-10-${day}`, variant_id: variantId }
        lots.push((await api.post("/sellers/me/lots", body, c.headers)).data.lot.id)
      }
      const firstLots = await page("lots", "limit=2")
      expect(firstLots).toMatchObject({ count: 3, limit: 2, offset: 0 })
      expect(firstLots.lots.map((l: any) => l.id)).toEqual([lots[2], lots[1]])
      expect((await page("lots", "limit=2&offset=2")).lots.map((l: any) => l.id)).toEqual([lots[0]])
      expect((await page("lots", "order=lot_code")).lots.map((l: any) => l.id)).toEqual(lots)

      for (const list of ["products", "lots"]) {
        for (const query of ["limit=0", "limit=101", "limit=abc", "offset=-1", "offset=x", "order=price"]) {
          const refused = await settle(api.get(`/sellers/me/${list}?${query}`, c.headers))
          expect([list, query, refused.status]).toEqual([list, query, 400])
        }
      }
    })

    /**
     * The isolation matrix: every seller endpoint that takes an id, with seller B's id in seller A's
     * hands → 404; every seller endpoint with no token, a customer token or an demo.admin token → 401;
     * fields a seller may not set → 400 and nothing changed.
     */
    it("isolates sellers: 404 for another seller's ids, 401 without a seller token, mass-assignment refused", async () => {
      const { data: own } = await api.post("/sellers/me/products", productBody("A4"), a.headers)
      const { data: theirs } = await api.post("/sellers/me/products", productBody("B4"), b.headers)
      const ownVariant = variantBySku(own.product, "A4-100")
      const theirVariant = variantBySku(theirs.product, "B4-100")
      const bMembers = (await api.get("/sellers/me/members", b.headers)).data.members
      await certifyProduct(api, demo.admin, b.subjectId, theirs.product.id, "7006/QĐ-UBND")
      await api.post("/admin/ocop/trade-items", { variant_id: theirVariant.id, gtin: "8936123450021" }, demo.admin)
      const { data: bLot } = await api.post("/sellers/me/lots", { ...LOT, variant_id: theirVariant.id }, b.headers)
      const ids = {
        product: theirs.product.id,
        variant: theirVariant.id,
        member: bMembers[0].id,
        lot: bLot.lot.id,
        event: bLot.lot.id,
      }

      type Row = {
        kind: keyof typeof ids
        method: "get" | "post" | "delete"
        url: (id: string) => string
        body?: (id: string) => unknown
      }
      const crossSeller: Row[] = [
        { kind: "product", method: "get", url: (id) => `/sellers/me/products/${id}` },
        {
          kind: "product",
          method: "post",
          url: (id) => `/sellers/me/products/${id}`,
          body: () => ({ title: "Của tôi" }),
        },
        { kind: "product", method: "delete", url: (id) => `/sellers/me/products/${id}` },
        { kind: "product", method: "post", url: (id) => `/sellers/me/products/${id}/publish`, body: () => ({}) },
        {
          kind: "variant",
          method: "post",
          url: () => `/sellers/me/products/${own.product.id}`,
          body: (id) => ({ variants: [{ id, price_vnd: 1000 }] }),
        },
        {
          kind: "variant",
          method: "post",
          url: () => `/sellers/me/products/${own.product.id}`,
          body: (id) => ({ variants: [{ id, stock: 0 }] }),
        },
        {
          kind: "variant",
          method: "post",
          url: () => "/sellers/me/lots",
          body: (id) => ({ ...LOT, lot_code: "CHE-B", variant_id: id }),
        },
        { kind: "lot", method: "get", url: (id) => `/sellers/me/lots/${id}` },
        { kind: "event", method: "post", url: (id) => `/sellers/me/lots/${id}/events`, body: () => EVENT },
        { kind: "member", method: "delete", url: (id) => `/sellers/me/members/${id}` },
        {
          kind: "product",
          method: "post",
          url: (id) => `/sellers/me/products/${id}/variants`,
          body: () => ({ title: "Gói 1 kg", sku: "X-1KG", price_vnd: 500000, stock: 1 }),
        },
        { kind: "product", method: "delete", url: (id) => `/sellers/me/products/${id}/variants/${ids.variant}` },
        { kind: "variant", method: "delete", url: (id) => `/sellers/me/products/${own.product.id}/variants/${id}` },
      ]

      const call = (method: string, url: string, body: unknown, headers: any) =>
        settle(
          method === "post"
            ? api.post(url, body, headers)
            : method === "delete"
              ? api.delete(url, headers)
              : api.get(url, headers),
        )

      let cells = 0
      for (const row of crossSeller) {
        const response = await call(row.method, row.url(ids[row.kind]), row.body?.(ids[row.kind]), a.headers)
        expect([row.kind, row.method, row.url(ids[row.kind]), response.status]).toEqual([
          row.kind,
          row.method,
          row.url(ids[row.kind]),
          404,
        ])
        cells++
      }
      // Seller B's product is untouched.
      expect((await api.get(`/sellers/me/products/${theirs.product.id}`, b.headers)).data.product).toMatchObject({
        title: theirs.product.title,
        status: "draft",
        variants: expect.arrayContaining([
          expect.objectContaining({ id: ids.variant, price_vnd: theirVariant.price_vnd }),
        ]),
      })

      const { data: customerAuth } = await api.post("/auth/customer/emailpass/register", {
        email: "khach@example.vn",
        password: "mật-khẩu-khách-1",
      })
      await api
        .post("/store/customers", { email: "khach@example.vn", first_name: "Lan" }, bearer(customerAuth.token))
        .catch(() => null)
      const { data: customerLogin } = await api.post("/auth/customer/emailpass", {
        email: "khach@example.vn",
        password: "mật-khẩu-khách-1",
      })
      const callers = { none: {}, customer: bearer(customerLogin.token), admin: demo.admin }
      const endpoints: [string, string, unknown?][] = [
        ["get", "/sellers/me"],
        ["post", "/sellers/me", { story: "x" }],
        ["get", "/sellers/me/members"],
        ["delete", `/sellers/me/members/${ids.member}`],
        ["post", "/sellers/me/invites", { email: "z@example.vn", role: "staff" }],
        ["get", "/sellers/me/documents"],
        ["post", "/sellers/me/documents", {}],
        ["get", "/sellers/me/products"],
        ["post", "/sellers/me/products", productBody("X1")],
        ["get", `/sellers/me/products/${own.product.id}`],
        ["post", `/sellers/me/products/${own.product.id}`, { title: "x" }],
        ["delete", `/sellers/me/products/${own.product.id}`],
        ["post", `/sellers/me/products/${own.product.id}/publish`, {}],
        [
          "post",
          `/sellers/me/products/${own.product.id}/variants`,
          { title: "Gói 1 kg", sku: "A4-1KG", price_vnd: 500000, stock: 1 },
        ],
        ["delete", `/sellers/me/products/${own.product.id}/variants/${ownVariant.id}`],
        ["get", "/sellers/me/lots"],
        ["post", "/sellers/me/lots", { ...LOT, variant_id: ownVariant.id }],
        ["get", `/sellers/me/lots/${bLot.lot.id}`],
        ["post", `/sellers/me/lots/${bLot.lot.id}/events`, EVENT],
        ["get", "/sellers/me/orders"],
        ["get", "/sellers/me/orders/selord_x"],
        ["post", "/sellers/me/orders/selord_x/accept", {}],
        ["post", "/sellers/me/orders/selord_x/ship", { tracking_number: "VNP000000001" }],
        ["post", "/sellers/me/orders/selord_x/cancel", { reason: "thử" }],
        ["get", "/sellers/me/payouts"],
        ["get", "/sellers/me/payouts/statement.csv?period=2026-11"],
      ]
      for (const [caller, headers] of Object.entries(callers)) {
        for (const [method, url, body] of endpoints) {
          const response = await call(method, url, body, headers)
          expect([caller, method, url, response.status]).toEqual([caller, method, url, 401])
          cells++
        }
      }

      const massAssignment: [string, unknown][] = [
        ["/sellers/me", { status: "approved" }],
        ["/sellers/me", { commission_rate: 0 }],
        ["/sellers/me", { commission_rate_bps: 0 }],
        ["/sellers/me", { seller_id: b.seller.id }],
        ["/sellers/me", { tax_code: "0101010101" }],
        ["/sellers/me/invites", { email: "w@example.vn", role: "staff", seller_id: b.seller.id }],
        ["/sellers/me/products", { ...productBody("M1"), seller_id: b.seller.id }],
        ["/sellers/me/products", { ...productBody("M2"), status: "published" }],
        [`/sellers/me/products/${own.product.id}`, { status: "published" }],
        [`/sellers/me/products/${own.product.id}`, { seller_id: b.seller.id }],
        ["/sellers/me/lots", { ...LOT, lot_code: "CHE-M", variant_id: ownVariant.id, subject_id: b.subjectId }],
      ]
      for (const [url, body] of massAssignment) {
        const response = await settle(api.post(url, body, a.headers))
        expect([url, Object.keys(body as object).join(","), response.status]).toEqual([
          url,
          Object.keys(body as object).join(","),
          400,
        ])
        cells++
      }
      const me = (await api.get("/sellers/me", a.headers)).data.seller
      expect(me).toMatchObject({ status: "approved", commission_rate: 8, tax_code: a.seller.tax_code })
      expect((await api.get(`/sellers/me/products/${own.product.id}`, a.headers)).data.product.status).toBe("draft")

      console.log(
        `isolation matrix: ${cells} cells (${crossSeller.length} cross-seller, ${endpoints.length}×3 unauthenticated, ${massAssignment.length} mass-assignment)`,
      )
      expect(cells).toBe(crossSeller.length + endpoints.length * 3 + massAssignment.length)
    })
  },
})
