import { Modules } from "@medusajs/framework/utils"
import {
  integrationTestRunner,
  chooseCashOnDelivery,
  readyCart,
  SUBJECT,
  certification,
  certificationCounts,
  channelProductIds,
  createBareProduct,
  evaluationBody,
  ocopChannelId,
  settle,
  demoStore,
  firstDemoVariant,
} from "@ocop/backend/testing"
import ocopCertificatesDaily, { config as dailyJobConfig } from "@ocop/plugin-ocop/jobs/ocop-certificates-daily"

const DAY = 24 * 3600 * 1000

/**
 * What keeps the promise to buyers: the publication guard on every demo.admin path into the OCOP
 * channel, the checkout refusal, and the daily job (expiry, reminders); plus workflow rollback.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 12 })

    async function validCertificate(offset = 0) {
      const [certificate] = await certification(getContainer()).listOcopCertificates(
        { status: "valid", expires_at: { $gt: new Date(Date.now() + 60 * DAY) } },
        { take: 1, skip: offset, order: { decision_number: "ASC" } },
      )
      return certificate
    }

    describe("the publication guard", () => {
      it("refuses to create a product in the OCOP channel (400 naming it) and creates nothing", async () => {
        const channelId = await ocopChannelId(getContainer())
        const before = await certificationCounts(getContainer())
        const response = await settle(
          createBareProduct(api, demo.admin, "Trà shan tuyết chưa chứng nhận", { sales_channels: [{ id: channelId }] }),
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/Trà shan tuyết chưa chứng nhận.*no OCOP certificate/)
        const { data } = await api.get(`/admin/products?q=${encodeURIComponent("shan tuyết chưa")}`, demo.admin)
        expect(data.count).toBe(0)
        expect(await certificationCounts(getContainer())).toEqual(before)
      })

      it("refuses to update an uncertified product into the OCOP channel and rolls the whole update back", async () => {
        const channelId = await ocopChannelId(getContainer())
        const product = await createBareProduct(api, demo.admin, "Miến dong chưa chứng nhận")
        const response = await settle(
          api.post(
            `/admin/products/${product.id}`,
            { title: "Miến dong đổi tên", sales_channels: [{ id: channelId }] },
            demo.admin,
          ),
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/Miến dong/)
        expect(response.data.message).toMatch(/ocop_publication_guard/)
        const { data } = await api.get(`/admin/products/${product.id}?fields=title,*sales_channels`, demo.admin)
        expect(data.product.title).toBe("Miến dong chưa chứng nhận")
        expect(data.product.sales_channels).toEqual([])
        expect(await channelProductIds(getContainer())).not.toContain(product.id)
      })

      it("refuses POST /admin/sales-channels/:id/products for an uncertified product, naming it", async () => {
        const channelId = await ocopChannelId(getContainer())
        const product = await createBareProduct(api, demo.admin, "Nước mắm chưa chứng nhận")
        const response = await settle(
          api.post(`/admin/sales-channels/${channelId}/products`, { add: [product.id] }, demo.admin),
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/add \(ocop_publication_guard\).*Nước mắm chưa chứng nhận/)
        expect(await channelProductIds(getContainer())).not.toContain(product.id)
      })

      it("refuses a product whose certificate was revoked, and lets certified products in", async () => {
        const container = getContainer()
        const channelId = await ocopChannelId(container)
        const certificate = await validCertificate()

        // A certified product may be updated in the channel, taken out and put back.
        const update = await api.post(
          `/admin/products/${certificate.product_id}`,
          { subtitle: "Đặc sản", sales_channels: [{ id: channelId }] },
          demo.admin,
        )
        expect(update.status).toBe(200)
        await api.post(`/admin/sales-channels/${channelId}/products`, { remove: [certificate.product_id] }, demo.admin)
        expect(await channelProductIds(container)).not.toContain(certificate.product_id)
        const back = await api.post(
          `/admin/sales-channels/${channelId}/products`,
          { add: [certificate.product_id] },
          demo.admin,
        )
        expect(back.status).toBe(200)
        expect(await channelProductIds(container)).toContain(certificate.product_id)

        await api.post(
          `/admin/ocop/certificates/${certificate.id}/revoke`,
          { reason: "Vi phạm ghi nhãn hàng hóa" },
          demo.admin,
        )
        expect(await channelProductIds(container)).not.toContain(certificate.product_id)
        const again = await settle(
          api.post(`/admin/sales-channels/${channelId}/products`, { add: [certificate.product_id] }, demo.admin),
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(new RegExp(`${certificate.decision_number.replace("/", "\\/")} is revoked`))
      })

      it("does not guard other sales channels", async () => {
        const { data } = await api.post("/admin/sales-channels", { name: "Bán buôn" }, demo.admin)
        const product = await createBareProduct(api, demo.admin, "Hàng bán buôn", {
          sales_channels: [{ id: data.sales_channel.id }],
        })
        expect(product.id).toEqual(expect.any(String))
      })
    })

    describe("workflow compensation", () => {
      it("rolls back the evaluation, the certificate and the link when publishing fails", async () => {
        const container = getContainer()
        const salesChannels = container.resolve(Modules.SALES_CHANNEL)
        const channelId = await ocopChannelId(container)
        const { data: subject } = await api.post("/admin/ocop/subjects", SUBJECT, demo.admin)
        const product = await createBareProduct(api, demo.admin, "Sản phẩm thử hoàn tác")
        const before = await certificationCounts(container)
        await salesChannels.updateSalesChannels(channelId, { name: "Kênh tạm đổi tên" })
        const response = await settle(
          api.post(
            "/admin/ocop/certificates",
            {
              evaluation: evaluationBody(subject.subject.id, product.id, 75),
              decision_number: "9301/QĐ-UBND",
              decision_date: "2025-09-15",
              authority_level: "province",
              authority_name: "UBND tỉnh Lào Cai",
            },
            demo.admin,
          ),
        )
        await salesChannels.updateSalesChannels(channelId, { name: "Chợ OCOP" })
        expect(response.status).toBe(404)
        expect(response.data.message).toMatch(/Chợ OCOP/)
        expect(await certificationCounts(container)).toEqual(before)
        const { data } = await api.get(`/admin/products/${product.id}/ocop`, demo.admin)
        expect(data.history).toEqual([])
      })
    })

    describe("checkout", () => {
      it("refuses a cart holding a product whose certificate was revoked after it was added; nothing is created", async () => {
        const certificate = await validCertificate()
        const { data: productData } = await api.get(
          `/store/products/${certificate.product_id}?region_id=${demo.regionId}&fields=title,handle,*variants`,
          demo.store(),
        )
        const product = productData.product
        const cartId = await readyCart(api, demo.store(), {
          regionId: demo.regionId,
          email: "khach@example.com",
          lines: [{ variant_id: firstDemoVariant(product).id, quantity: 1 }],
        })
        await chooseCashOnDelivery(api, demo.store(), cartId)

        await api.post(
          `/admin/ocop/certificates/${certificate.id}/revoke`,
          { reason: "Thu hồi do vi phạm an toàn thực phẩm" },
          demo.admin,
        )

        const response = await settle(api.post(`/store/carts/${cartId}/complete`, {}, demo.store()))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(`"${product.title}" is no longer OCOP-certified`)
        const orders = await api.get("/admin/orders", demo.admin)
        expect(orders.data.count).toBe(0)
        const { data: cart } = await api.get(`/store/carts/${cartId}`, demo.store())
        expect(cart.cart.completed_at).toBeFalsy()
      })
    })

    describe("the daily job", () => {
      it("runs daily at 00:30 Asia/Ho_Chi_Minh", () => {
        expect(dailyJobConfig).toEqual({ name: "ocop-certificates-daily", schedule: "30 17 * * *" })
      })

      it("expires certificates past their expiry: the product leaves the OCOP channel and the store", async () => {
        const container = getContainer()
        const certificate = await validCertificate()
        await certification(container).updateOcopCertificates({
          id: certificate.id,
          expires_at: new Date(Date.now() - 3600 * 1000),
        })
        const before = await api.get("/store/products?limit=100&fields=id", demo.store())

        await ocopCertificatesDaily(container)

        const [stored] = await certification(container).listOcopCertificates({ id: certificate.id })
        expect(stored.status).toBe("expired")
        expect(await channelProductIds(container)).not.toContain(certificate.product_id)
        const ocop = await api.get("/store/ocop/products?limit=100", demo.store())
        expect(ocop.data.products.map((p: any) => p.id)).not.toContain(certificate.product_id)
        const after = await api.get("/store/products?limit=100&fields=id", demo.store())
        expect(after.data.count).toBe(before.data.count - 1)
        const { data } = await api.get(`/admin/products/${certificate.product_id}/ocop`, demo.admin)
        expect(data.current).toBeNull()
        expect(data.history[0].status).toBe("expired")
      })

      it("lets a new certificate be issued for a product whose certificate lapsed before the job ran", async () => {
        const container = getContainer()
        const certificate = await validCertificate()
        await certification(container).updateOcopCertificates({
          id: certificate.id,
          expires_at: new Date(Date.now() - 3600 * 1000),
        })
        const { data: history } = await api.get(`/admin/products/${certificate.product_id}/ocop`, demo.admin)
        expect(history.current).toBeNull()
        expect(history.history[0].status).toBe("expired")
        const { data } = await api.post(
          "/admin/ocop/certificates",
          {
            evaluation: evaluationBody(certificate.subject_id, certificate.product_id, 80, {
              product_group: certificate.product_group,
              subgroup: certificate.subgroup,
            }),
            decision_number: "9401/QĐ-UBND",
            decision_date: "2025-09-15",
            authority_level: "province",
            authority_name: "UBND thành phố Hà Nội",
          },
          demo.admin,
        )
        expect(data.certificate).toMatchObject({ status: "valid", stars: 4 })
        const [old] = await certification(container).listOcopCertificates({ id: certificate.id })
        expect(old.status).toBe("expired")
        expect(await channelProductIds(container)).toContain(certificate.product_id)
      })

      it("sends the 30-day and the 7-day reminders once each, by e-mail", async () => {
        const container = getContainer()
        const notifications = container.resolve(Modules.NOTIFICATION)
        const certificate = await validCertificate(1)
        const now = new Date()
        await certification(container).updateOcopCertificates({
          id: certificate.id,
          expires_at: new Date(now.getTime() + 20 * DAY),
        })
        // The job emits the reminder; the notifications plugin e-mails whom it concerns, as they chose.
        const sent = async () =>
          (await notifications.listNotifications({ resource_id: certificate.id, channel: "email" }))
            .map((n: any) => `${n.to} ${n.data.days}`)
            .sort()

        await ocopCertificatesDaily(container, now)
        await ocopCertificatesDaily(container, new Date(now.getTime() + 3600 * 1000))
        await expect.poll(sent, { timeout: 10_000 }).not.toEqual([])
        const first = await sent()
        expect(first.every((line) => line.endsWith(" 30"))).toBe(true)
        expect(new Set(first).size).toBe(first.length)

        const later = new Date(now.getTime() + 14 * DAY)
        await ocopCertificatesDaily(container, later)
        await ocopCertificatesDaily(container, new Date(later.getTime() + DAY))
        await expect.poll(async () => (await sent()).length, { timeout: 10_000 }).toBe(first.length * 2)
        const all = await sent()
        expect(all.filter((line) => line.endsWith(" 7"))).toHaveLength(first.length)
        expect(new Set(all).size).toBe(all.length)
        const [stored] = await certification(container).listOcopCertificates({ id: certificate.id })
        expect(stored.reminder_30_sent_at).toBeTruthy()
        expect(stored.reminder_7_sent_at).toBeTruthy()

        await ocopCertificatesDaily(container, new Date(now.getTime() + 21 * DAY))
        const [expired] = await certification(container).listOcopCertificates({ id: certificate.id })
        expect(expired.status).toBe("expired")
        expect(await sent()).toHaveLength(all.length)
      })
    })
  },
})
