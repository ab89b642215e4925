import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  integrationTestRunner,
  settle,
  createCart,
  approvedSeller,
  certifyProduct,
  productBody,
  demoStore,
  customer,
} from "@ocop/backend/testing"

const HOUR = 3_600_000
const DAY = 24 * HOUR

/**
 * Trade promotion content: product stories (the producer's own, through the seller API, and the
 * office's), the events calendar (fairs, exhibitions, live selling sessions), following producers,
 * provinces and events with notifications, and a revoked certificate taking its campaign discount
 * out of a cart.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 12 })
    let seeded: { id: string; title: string; ocop: { province: string; stars: number } }[]
    let sellerA: Awaited<ReturnType<typeof approvedSeller>>
    let sellerB: Awaited<ReturnType<typeof approvedSeller>>
    let productA: string
    let productB: string

    const story = {
      title: "Chè Shan tuyết trên đỉnh Tà Xùa",
      body: "Những cây chè cổ thụ hàng trăm năm tuổi, hái tay lúc sương sớm, sao trên chảo gang.",
      photos: ["https://example.vn/anh/doi-che.jpg", "https://example.vn/anh/sao-che.jpg"],
      video_url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    }

    beforeAll(async () => {
      // Goods (groups 1–5): a community-tourism service goes into a cart only with a booked date.
      seeded = (await api.get("/store/ocop/products?limit=100&product_group=1,2,3,4,5", demo.store())).data.products
      const admin = demo.admin
      sellerA = await approvedSeller(api, admin, 1)
      sellerB = await approvedSeller(api, admin, 2)
      productA = (await api.post("/sellers/me/products", productBody("CHE-A"), sellerA.headers)).data.product.id
      productB = (await api.post("/sellers/me/products", productBody("CHE-B"), sellerB.headers)).data.product.id
    })

    describe("product stories", () => {
      it("lets a producer publish and edit the story of its own product, and no one else's", async () => {
        const created = await api.post(`/sellers/me/products/${productA}/story`, story, sellerA.headers)
        expect(created.status).toBe(200)
        expect(created.data.story).toMatchObject({
          product_id: productA,
          title: story.title,
          photos: story.photos,
          video: {
            provider: "youtube",
            id: "dQw4w9WgXcQ",
            embed_url: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
          },
        })
        const edited = await api.post(
          `/sellers/me/products/${productA}/story`,
          { ...story, title: "Chè Shan tuyết cổ thụ", video_url: "https://vimeo.com/76979871" },
          sellerA.headers,
        )
        expect(edited.data.story).toMatchObject({
          id: created.data.story.id,
          title: "Chè Shan tuyết cổ thụ",
          video: { provider: "vimeo" },
        })
        expect((await api.get(`/sellers/me/products/${productA}/story`, sellerA.headers)).data.story.title).toBe(
          "Chè Shan tuyết cổ thụ",
        )

        // Another seller's product looks missing, for reading and for writing; no token is a 401.
        expect((await settle(api.post(`/sellers/me/products/${productA}/story`, story, sellerB.headers))).status).toBe(
          404,
        )
        expect((await settle(api.get(`/sellers/me/products/${productA}/story`, sellerB.headers))).status).toBe(404)
        expect((await settle(api.post(`/sellers/me/products/${productA}/story`, story))).status).toBe(401)
        expect((await settle(api.post(`/sellers/me/products/${productB}/story`, story, sellerA.headers))).status).toBe(
          404,
        )
        expect((await settle(api.get(`/sellers/me/products/${productB}/story`, sellerB.headers))).status).toBe(404)
        // Admin routes need an admin: a seller token is not one.
        expect((await settle(api.post(`/admin/ocop/products/${productA}/story`, story, sellerA.headers))).status).toBe(
          401,
        )
      })

      it("refuses a bad story with a 400 naming the field, and writes nothing", async () => {
        for (const [body, field] of [
          [{ ...story, video_url: "https://evil.example/watch?v=dQw4w9WgXcQ" }, /video_url/],
          [{ ...story, video_url: "http://www.youtube.com/watch?v=dQw4w9WgXcQ" }, /video_url/],
          [{ ...story, video_url: "javascript:alert(1)" }, /video_url/],
          [{ ...story, photos: ["ftp://example.vn/a.jpg"] }, /photos/],
          [{ ...story, body: "ngắn" }, /body/],
          [{ ...story, written_by: "admin" }, /written_by/],
        ] as const) {
          const response = await settle(api.post(`/sellers/me/products/${productA}/story`, body, sellerA.headers))
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(field)])
        }
        expect((await settle(api.get(`/sellers/me/products/${productA}/story`, sellerA.headers))).status).toBe(404)
      })

      it("gives the store the published products' stories, by product and by province", async () => {
        const admin = demo.admin
        const [first, second] = seeded
        await api.post(`/admin/ocop/products/${first.id}/story`, { ...story, video_url: null }, admin)
        await api.post(`/sellers/me/products/${productA}/story`, story, sellerA.headers)
        expect((await settle(api.post(`/admin/ocop/products/prod_khong_co/story`, story, admin))).status).toBe(404)

        const byProduct = await api.get(
          `/store/ocop/stories?product_id=${first.id},${second.id},${productA}`,
          demo.store(),
        )
        // The seller's product is still a draft: its story waits for the product.
        expect(byProduct.data.stories.map((s: any) => s.product_id)).toEqual([first.id])
        expect(byProduct.data.stories[0]).toMatchObject({
          title: story.title,
          video: null,
          product: { id: first.id, title: first.title },
        })

        const byProvince = await api.get(
          `/store/ocop/stories?province=${encodeURIComponent(first.ocop.province)}`,
          demo.store(),
        )
        expect(byProvince.data.stories.map((s: any) => s.product_id)).toEqual([first.id])
        // Newest first, up to the limit, among the province's products certified now.
        const inProvince = seeded.filter((p) => p.ocop.province === first.ocop.province && p.id !== first.id)
        if (inProvince.length) {
          await api.post(`/admin/ocop/products/${inProvince[0].id}/story`, { ...story, video_url: null }, admin)
          const newest = await api.get(
            `/store/ocop/stories?province=${encodeURIComponent(first.ocop.province)}&limit=1`,
            demo.store(),
          )
          expect(newest.data.stories.map((s: any) => s.product_id)).toEqual([inProvince[0].id])
        }
        // A certificate whose validity has ended is not "certified there now", before the daily job.
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        await knex.raw(
          `UPDATE ocop_certificate SET expires_at = now() - interval '1 minute' WHERE product_id = ? AND status = 'valid'`,
          [first.id],
        )
        const ended = await api.get(
          `/store/ocop/stories?province=${encodeURIComponent(first.ocop.province)}`,
          demo.store(),
        )
        expect(ended.data.stories.map((s: any) => s.product_id)).not.toContain(first.id)
        const elsewhere = first.ocop.province === "Cà Mau" ? "Điện Biên" : "Cà Mau"
        const none = await api.get(`/store/ocop/stories?province=${encodeURIComponent(elsewhere)}`, demo.store())
        expect(none.data.stories).toEqual([])
        expect((await settle(api.get("/store/ocop/stories?province=Atlantis", demo.store()))).status).toBe(400)

        // Paged, newest first: the second product's story, written last, then the first's.
        await api.post(`/admin/ocop/products/${second.id}/story`, { ...story, video_url: null }, admin)
        const stories = (query: string) =>
          api.get(`/store/ocop/stories?product_id=${first.id},${second.id}&${query}`, demo.store())
        const firstPage = (await stories("limit=1")).data
        expect(firstPage).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect(firstPage.stories.map((s: any) => s.product_id)).toEqual([second.id])
        const secondPage = (await stories("limit=1&offset=1")).data
        expect(secondPage.stories.map((s: any) => s.product_id)).toEqual([first.id])
        for (const query of ["limit=0", "limit=51", "limit=x", "offset=-1", "order=title", "fields=id"]) {
          const refused = await settle(stories(query))
          expect([query, refused.status]).toEqual([query, 400])
        }
      })
    })

    describe("events calendar", () => {
      const live = () => ({
        handle: "phien-live-che-shan-tuyet",
        title: "Phiên live bán chè Shan tuyết",
        kind: "live",
        starts_at: new Date(Date.now() - HOUR).toISOString(),
        ends_at: new Date(Date.now() + HOUR).toISOString(),
        stream_url: "https://www.facebook.com/htx.che/live",
        province: "Lào Cai",
        producer_ids: [sellerA.subjectId],
        product_ids: [seeded[0].id, seeded[1].id],
      })
      const fair = () => ({
        handle: "hoi-cho-ocop-ha-noi",
        title: "Hội chợ OCOP Hà Nội",
        kind: "fair",
        starts_at: "2027-01-08T08:00:00+07:00",
        ends_at: "2027-01-12T21:00:00+07:00",
        place: "Cung Văn hoá Hữu nghị, 91 Trần Hưng Đạo, Hà Nội",
        province: "Hà Nội",
        producer_ids: [sellerA.subjectId, sellerB.subjectId],
      })

      it("creates and edits events; the store lists them soonest first with a live state", async () => {
        const admin = demo.admin
        const created = await api.post("/admin/ocop/events", live(), admin)
        expect(created.status).toBe(201)
        expect(created.data.event).toMatchObject({
          handle: "phien-live-che-shan-tuyet",
          status: "live",
          province: "Lào Cai",
        })
        const fairEvent = (await api.post("/admin/ocop/events", fair(), admin)).data.event
        expect(fairEvent).toMatchObject({ status: "upcoming", starts_at: "2027-01-08T01:00:00.000Z" })

        const edited = await api.post(
          `/admin/ocop/events/${fairEvent.id}`,
          { title: "Hội chợ OCOP Thủ đô 2027" },
          admin,
        )
        expect(edited.data.event).toMatchObject({ title: "Hội chợ OCOP Thủ đô 2027", place: fair().place })

        const { data } = await api.get("/store/ocop/events", demo.store())
        expect(data.events.map((e: any) => e.handle)).toEqual(["phien-live-che-shan-tuyet", "hoi-cho-ocop-ha-noi"])
        const january = await api.get(
          "/store/ocop/events?from=2027-01-01T00:00:00%2B07:00&to=2027-02-01T00:00:00%2B07:00",
          demo.store(),
        )
        expect(january.data.events.map((e: any) => e.handle)).toEqual(["hoi-cho-ocop-ha-noi"])

        // Paged: the second of the two, soonest first; a page it cannot give is refused, in both APIs.
        const paged = (await api.get("/store/ocop/events?limit=1&offset=1", demo.store())).data
        expect(paged).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(paged.events.map((e: any) => e.handle)).toEqual(["hoi-cho-ocop-ha-noi"])
        expect((await api.get("/admin/ocop/events?limit=1", admin)).data).toMatchObject({ count: 2, limit: 1 })
        for (const query of ["limit=0", "limit=201", "limit=x", "offset=-1", "order=title"]) {
          const store = await settle(api.get(`/store/ocop/events?${query}`, demo.store()))
          const office = await settle(api.get(`/admin/ocop/events?${query}`, admin))
          expect([query, store.status, office.status]).toEqual([query, 400, 400])
        }

        const page = await api.get("/store/ocop/events/phien-live-che-shan-tuyet", demo.store())
        expect(page.data.event).toMatchObject({
          status: "live",
          stream_url: "https://www.facebook.com/htx.che/live",
          product_ids: [seeded[0].id, seeded[1].id],
          producers: [{ id: sellerA.subjectId, legal_name: sellerA.seller.legal_name }],
        })
        expect((await settle(api.get("/store/ocop/events/khong-co", demo.store()))).status).toBe(404)

        await api.delete(`/admin/ocop/events/${fairEvent.id}`, admin)
        expect((await api.get("/store/ocop/events", demo.store())).data.events).toHaveLength(1)
      })

      it("refuses bad events with a 400 naming the field, and non-admins", async () => {
        const admin = demo.admin
        for (const [body, field] of [
          [{ ...live(), ends_at: new Date(Date.now() - 2 * HOUR).toISOString() }, /ends_at/],
          [{ ...live(), stream_url: "http://live.example.vn/che" }, /stream_url/],
          [{ ...live(), stream_url: "javascript:alert(1)" }, /stream_url/],
          [{ ...live(), stream_url: undefined }, /stream_url/],
          [{ ...fair(), place: undefined }, /place/],
          [{ ...live(), producer_ids: ["ocsub_khong_co"] }, /producer_ids: no OCOP producer with id ocsub_khong_co/],
          [{ ...live(), product_ids: ["prod_khong_co"] }, /product_ids/],
          [{ ...live(), province: "Atlantis" }, /province/],
          [{ ...live(), starts_at: "2027-01-08 08:00" }, /starts_at/],
          [{ ...live(), handle: "Phiên Live" }, /handle/],
        ] as const) {
          const response = await settle(api.post("/admin/ocop/events", body, admin))
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(field)])
        }
        const created = (await api.post("/admin/ocop/events", fair(), admin)).data.event
        // An edit is checked against the whole event: an end before the stored start is refused.
        const early = await settle(
          api.post(`/admin/ocop/events/${created.id}`, { ends_at: "2027-01-01T00:00:00+07:00" }, admin),
        )
        expect([early.status, early.data.message]).toEqual([400, expect.stringMatching(/ends_at/)])
        expect((await settle(api.post("/admin/ocop/events", fair(), admin))).status).toBe(400)

        expect((await settle(api.post("/admin/ocop/events", live()))).status).toBe(401)
        expect((await settle(api.post("/admin/ocop/events", live(), sellerA.headers))).status).toBe(401)
        expect((await settle(api.get("/admin/ocop/events"))).status).toBe(401)
        expect((await api.get("/store/ocop/events", demo.store())).data.events.map((e: any) => e.handle)).toEqual([
          "hoi-cho-ocop-ha-noi",
        ])
      })
    })

    describe("follow and notify", () => {
      const shopper = (email: string) =>
        customer(api, demo.publishableKey, email, { first_name: "Lan", last_name: "Nguyễn" })
      const templates = async (headers: any) =>
        (await api.get("/store/ocop/notifications", headers)).data.notifications
          .map((n: any) => `${n.template} ${n.data.title}`)
          .sort()

      it("tells a producer's followers of its new product, and a producer's or province's followers of a new event; each reads only their own", async () => {
        const admin = demo.admin
        const lan = await shopper("lan@example.vn")
        const minh = await shopper("minh@example.vn")
        const followed = await api.post(
          "/store/ocop/follows",
          { target_type: "producer", target_id: sellerA.subjectId },
          lan,
        )
        expect(followed.status).toBe(201)
        expect(
          (await api.post("/store/ocop/follows", { target_type: "producer", target_id: sellerA.subjectId }, lan)).data
            .follow.id,
        ).toBe(followed.data.follow.id)
        // An old province name is mapped to its current unit.
        expect(
          (await api.post("/store/ocop/follows", { target_type: "province", target_id: "Yên Bái" }, minh)).data.follow
            .target_id,
        ).toBe("Lào Cai")
        for (const [body, field] of [
          [{ target_type: "producer", target_id: "ocsub_khong_co" }, /target_id/],
          [{ target_type: "province", target_id: "Atlantis" }, /target_id/],
          [{ target_type: "shop", target_id: "x" }, /target_type/],
        ] as const) {
          const response = await settle(api.post("/store/ocop/follows", body, lan))
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(field)])
        }
        expect(
          (
            await settle(
              api.post("/store/ocop/follows", { target_type: "province", target_id: "Lào Cai" }, demo.store()),
            )
          ).status,
        ).toBe(401)

        await certifyProduct(api, admin, sellerA.subjectId, productA, "101/QĐ-UBND")
        await api.post(`/sellers/me/products/${productA}/publish`, {}, sellerA.headers)
        await expect
          .poll(() => templates(lan), { timeout: 20_000 })
          .toEqual([`ocop.product_published ${productBody("CHE-A").title}`])

        await api.post(
          "/admin/ocop/events",
          {
            handle: "hoi-cho-lao-cai",
            title: "Hội chợ OCOP Lào Cai",
            kind: "fair",
            starts_at: new Date(Date.now() + 10 * DAY).toISOString(),
            ends_at: new Date(Date.now() + 12 * DAY).toISOString(),
            place: "Quảng trường 19/8, Lào Cai",
            province: "Lào Cai",
            producer_ids: [sellerA.subjectId],
          },
          admin,
        )
        await expect
          .poll(() => templates(minh), { timeout: 20_000 })
          .toEqual(["ocop.event_announced Hội chợ OCOP Lào Cai"])
        await expect
          .poll(() => templates(lan), { timeout: 20_000 })
          .toEqual([
            "ocop.event_announced Hội chợ OCOP Lào Cai",
            `ocop.product_published ${productBody("CHE-A").title}`,
          ])

        expect((await api.get("/store/ocop/follows", lan)).data.follows).toEqual([
          expect.objectContaining({
            target_type: "producer",
            target_id: sellerA.subjectId,
            label: sellerA.seller.legal_name,
          }),
        ])
        // Nobody reads or removes someone else's: no token is a 401, another customer's follow a 404.
        expect((await settle(api.get("/store/ocop/notifications", demo.store()))).status).toBe(401)
        expect((await settle(api.delete(`/store/ocop/follows/${followed.data.follow.id}`, minh))).status).toBe(404)
        expect((await api.delete(`/store/ocop/follows/${followed.data.follow.id}`, lan)).status).toBe(200)
        expect((await api.get("/store/ocop/follows", lan)).data.follows).toEqual([])
      })

      it("reminds an event's followers the day before it starts, once (the daily job)", async () => {
        const { sendEventReminders, vietnamTomorrow } = await import("@ocop/plugin-promotion/event-reminders")
        const admin = demo.admin
        const now = new Date()
        const tomorrow = vietnamTomorrow(now).from
        const { data } = await api.post(
          "/admin/ocop/events",
          {
            handle: "live-ngay-mai",
            title: "Livestream mật ong bạc hà",
            kind: "live",
            starts_at: new Date(tomorrow.getTime() + 19 * HOUR).toISOString(),
            ends_at: new Date(tomorrow.getTime() + 21 * HOUR).toISOString(),
            stream_url: "https://www.tiktok.com/@htx.matong/live",
          },
          admin,
        )
        const lan = await shopper("lan2@example.vn")
        await api.post("/store/ocop/follows", { target_type: "event", target_id: data.event.id }, lan)
        expect(await templates(lan)).toEqual([])

        expect(await sendEventReminders(getContainer(), now)).toBe(1)
        expect(await sendEventReminders(getContainer(), now)).toBe(1)
        expect(await templates(lan)).toEqual(["ocop.event_reminder Livestream mật ong bạc hà"])
        // The day of the event is too late for a "tomorrow" reminder.
        expect(await sendEventReminders(getContainer(), new Date(tomorrow.getTime() + HOUR))).toBe(0)
      })
    })

    it("takes a campaign's discount out of a cart when the product's certificate is revoked", async () => {
      const admin = demo.admin
      // A product with a variant in stock (the demo catalogue has sold-out variants too).
      let product = seeded[0]
      let variantId = ""
      for (const candidate of seeded) {
        const { data } = await api.get(
          `/store/products?id=${candidate.id}&region_id=${demo.regionId}&fields=id,*variants,+variants.inventory_quantity`,
          demo.store(),
        )
        const variant = data.products[0]?.variants.find((v: any) => v.inventory_quantity > 0)
        if (variant) {
          product = candidate
          variantId = variant.id
          break
        }
      }
      await api.post(
        "/admin/ocop/campaigns",
        {
          name: "Tuần lễ OCOP",
          identifier: "tuan-le-ocop",
          starts_at: new Date(Date.now() - HOUR).toISOString(),
          ends_at: new Date(Date.now() + 7 * DAY).toISOString(),
          discount: { type: "percentage", value: 10 },
          rules: { provinces: [product.ocop.province] },
        },
        admin,
      )
      const cartId = await createCart(api, demo.store(), demo.regionId, [{ variant_id: variantId, quantity: 1 }])
      const cartOf = async () =>
        (await api.get(`/store/carts/${cartId}?fields=id,discount_total,*items,*items.adjustments`, demo.store())).data
          .cart
      expect((await cartOf()).items[0].adjustments).toHaveLength(1)

      const { data } = await api.get(`/admin/ocop/certificates?product_id=${product.id}&status=valid`, admin)
      await api.post(
        `/admin/ocop/certificates/${data.certificates[0].id}/revoke`,
        { reason: "Kết quả kiểm nghiệm không đạt" },
        admin,
      )
      // The certificate events' subscriber takes the product's OCOP tags off (asynchronously).
      const ocopTags = async () =>
        (await api.get(`/admin/products/${product.id}?fields=id,tags.value`, admin)).data.product.tags
          .map((t: any) => t.value)
          .filter((v: string) => v.startsWith("ocop:"))
      await expect.poll(ocopTags, { timeout: 20_000 }).toEqual([])

      // The next change to the cart recomputes its promotions: the discount is gone.
      await api.post(`/store/carts/${cartId}`, { email: "khach2@example.com" }, demo.store())
      const cart = await cartOf()
      expect(cart.items[0].adjustments ?? []).toHaveLength(0)
      expect(Number(cart.discount_total)).toBe(0)
    })
  },
})
