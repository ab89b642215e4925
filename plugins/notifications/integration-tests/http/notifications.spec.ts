import { Modules } from "@medusajs/framework/utils"
import {
  integrationTestRunner,
  demoStore,
  settle,
  approvedSeller,
  certifyProduct,
  productBody,
  placeCodOrder,
  sellerPartOf,
  customer as signedInCustomer,
  certification,
  variantBySku,
} from "@ocop/backend/testing"
import ocopCertificatesDaily from "@ocop/plugin-ocop/jobs/ocop-certificates-daily"

const DAY = 24 * 3_600_000

/**
 * The notification centre: each marketplace event reaches its receiver (customer, seller, admin)
 * and no one else, in-app always and by e-mail as the person chose; read state and unread counts;
 * another's notifications can be neither read nor marked; the certificate reminders once per
 * threshold, through the holder's preferences only; bad input is a 400 that changes nothing.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let publishableKey: string
    let regionId: string
    let admin: any
    let sellerA: Awaited<ReturnType<typeof approvedSeller>>
    let sellerB: Awaited<ReturnType<typeof approvedSeller>>
    let productA: { id: string; variants: { id: string; sku: string }[] }
    let lan: { headers: Record<string, string> }
    let minh: { headers: Record<string, string> }
    let lanId: string
    let minhId: string

    const feed = async (path: string, headers: any) => (await api.get(path, headers)).data
    const kinds = async (path: string, headers: any) =>
      (await feed(path, headers)).notifications.map((n: any) => n.kind).sort()
    const records = (filters: Record<string, unknown>) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters, { take: null })
    const emit = (name: string, data: Record<string, unknown>) =>
      getContainer().resolve(Modules.EVENT_BUS).emit({ name, data })

    beforeAll(async () => {
      publishableKey = demo.publishableKey
      regionId = demo.regionId
      admin = demo.admin
      sellerA = await approvedSeller(api, admin, 61)
      sellerB = await approvedSeller(api, admin, 62)
      productA = (await api.post("/sellers/me/products", productBody("TB-A"), sellerA.headers)).data.product
      await certifyProduct(api, admin, sellerA.subjectId, productA.id, "6161/QĐ-UBND")
      await api.post(`/sellers/me/products/${productA.id}/publish`, {}, sellerA.headers)
      lan = await signedInCustomer(api, publishableKey, "lan.thongbao@example.vn")
      minh = await signedInCustomer(api, publishableKey, "minh.thongbao@example.vn")
      lanId = (await api.get("/store/customers/me", lan)).data.customer.id
      minhId = (await api.get("/store/customers/me", minh)).data.customer.id
    })

    it("tells the seller of its new order and the buyer of the shipment, in-app and by e-mail, and no one else", async () => {
      const order = await placeCodOrder(api, lan, {
        regionId,
        email: "lan.thongbao@example.vn",
        lines: [{ variant_id: variantBySku(productA, "TB-A-100").id, quantity: 2 }],
      })
      const part = await sellerPartOf(api, sellerA.headers, order)

      await expect.poll(() => kinds("/sellers/me/notifications", sellerA.headers)).toEqual(["seller_order.created"])
      const sellerFeed = await feed("/sellers/me/notifications", sellerA.headers)
      expect(sellerFeed).toMatchObject({ count: 1, unread: 1 })
      expect(sellerFeed.notifications[0]).toMatchObject({
        kind: "seller_order.created",
        read: false,
        data: { number: part.number },
      })
      expect((await api.get("/sellers/me/notifications/unread", sellerA.headers)).data).toEqual({ unread: 1 })
      // The e-mail goes to the seller's member, through the e-mail channel.
      const emails = await records({ template: "seller_order.created", channel: "email", resource_id: part.id })
      expect(emails.map((n: any) => n.to)).toEqual([sellerA.member.email])
      expect(await kinds("/sellers/me/notifications", sellerB.headers)).toEqual([])
      expect(await kinds("/store/ocop/notifications", lan)).toEqual([])

      await api.post(`/sellers/me/orders/${part.id}/accept`, {}, sellerA.headers)
      await api.post(`/sellers/me/orders/${part.id}/ship`, { tracking_number: "VN123456789" }, sellerA.headers)
      await expect.poll(() => kinds("/store/ocop/notifications", lan)).toEqual(["seller_order.shipped"])
      expect((await feed("/store/ocop/notifications", lan)).notifications[0].data).toMatchObject({
        number: part.number,
        order_id: order.id,
      })
      expect(
        (await records({ template: "seller_order.shipped", channel: "email", resource_id: part.id })).map(
          (n: any) => n.to,
        ),
      ).toEqual(["lan.thongbao@example.vn"])
      expect(await kinds("/store/ocop/notifications", minh)).toEqual([])
      expect(await kinds("/sellers/me/notifications", sellerB.headers)).toEqual([])
    })

    it("marks one or all read, and nobody reads or marks another's", async () => {
      for (const n of [1, 2, 3]) {
        await emit("seller_return.requested", { id: `sret_tb_${n}`, seller_id: sellerA.seller.id, number: `R-${n}` })
      }
      await expect
        .poll(async () => (await api.get("/sellers/me/notifications/unread", sellerA.headers)).data.unread)
        .toBe(3)
      const [notification] = (await feed("/sellers/me/notifications", sellerA.headers)).notifications
      // Another seller, a customer, or no token at all: nothing is read, nothing is marked.
      const markA = `/sellers/me/notifications/${notification.id}/read`
      expect((await settle(api.post(markA, {}, sellerB.headers))).status).toBe(404)
      expect((await settle(api.post(`/store/ocop/notifications/${notification.id}/read`, {}, lan))).status).toBe(404)
      expect((await settle(api.get("/sellers/me/notifications", lan))).status).toBe(401)
      const sellerOnStore = { headers: { ...sellerA.headers.headers, "x-publishable-api-key": publishableKey } }
      expect((await settle(api.get("/store/ocop/notifications", sellerOnStore))).status).toBe(401)
      const anonymous = { headers: { "x-publishable-api-key": publishableKey } }
      for (const path of [
        "/store/ocop/notifications",
        "/store/ocop/notifications/unread",
        "/store/ocop/notifications/preferences",
      ]) {
        expect((await settle(api.get(path, anonymous))).status).toBe(401)
      }
      expect((await settle(api.post("/store/ocop/notifications/read", {}, anonymous))).status).toBe(401)
      expect((await settle(api.get("/sellers/me/notifications/unread", {}))).status).toBe(401)
      expect((await settle(api.post("/sellers/me/notifications/read", {}, {}))).status).toBe(401)

      // Bad input: a 400 that marks nothing.
      expect((await settle(api.post(markA, { all: true }, sellerA.headers))).status).toBe(400)
      expect((await settle(api.post("/sellers/me/notifications/read", { all: true }, sellerA.headers))).status).toBe(
        400,
      )
      expect((await settle(api.get("/sellers/me/notifications?limit=0", sellerA.headers))).status).toBe(400)
      expect((await settle(api.get("/sellers/me/notifications?limit=abc", sellerA.headers))).status).toBe(400)
      expect((await settle(api.get("/store/ocop/notifications?foo=1", lan))).status).toBe(400)
      expect((await feed("/sellers/me/notifications", sellerA.headers)).unread).toBe(3)

      expect((await api.post(markA, {}, sellerA.headers)).data).toEqual({ unread: 2 })
      expect((await feed("/sellers/me/notifications", sellerA.headers)).notifications[0].read).toBe(true)
      // Marking again changes nothing.
      expect((await api.post(markA, {}, sellerA.headers)).data).toEqual({ unread: 2 })
      const page = await feed("/sellers/me/notifications?limit=1&offset=1", sellerA.headers)
      expect(page).toMatchObject({ count: 3, limit: 1, offset: 1, unread: 2 })
      expect(page.notifications).toHaveLength(1)
      expect(page.notifications[0].read).toBe(false)

      expect((await api.post("/sellers/me/notifications/read", {}, sellerA.headers)).data).toEqual({ unread: 0 })
      const after = await feed("/sellers/me/notifications", sellerA.headers)
      expect(after.notifications.map((n: any) => n.read)).toEqual([true, true, true])
      // A new one after "mark all read" is unread again.
      await emit("seller_return.requested", { id: "sret_tb_4", seller_id: sellerA.seller.id, number: "R-4" })
      await expect
        .poll(async () => (await api.get("/sellers/me/notifications/unread", sellerA.headers)).data.unread)
        .toBe(1)
      // Another seller's count is untouched.
      expect((await api.get("/sellers/me/notifications/unread", sellerB.headers)).data).toEqual({ unread: 0 })
    })

    it("sends the e-mail only when the person's preference allows it, the in-app notification always", async () => {
      const { data: before } = await api.get("/store/ocop/notifications/preferences", lan)
      expect(before.preferences).toEqual(
        expect.arrayContaining([
          { kind: "seller_order.shipped", email: true, default: true },
          { kind: "ocop.product_published", email: false, default: false },
        ]),
      )
      expect(before.preferences.map((p: any) => p.kind)).not.toContain("seller_order.created")

      // Bad input saves nothing: an unknown kind, another audience's kind, a non-boolean, an extra field.
      for (const body of [
        { email: { "seller_order.shipped": false, "no.such": true } },
        { email: { "seller_order.shipped": false, "seller_order.created": false } },
        { email: { "seller_order.shipped": "no" } },
        { email: { "seller_order.shipped": false }, sms: true },
        {},
      ]) {
        const response = await settle(api.post("/store/ocop/notifications/preferences", body, lan))
        expect(response.status).toBe(400)
      }
      expect((await api.get("/store/ocop/notifications/preferences", lan)).data).toEqual(before)

      const saved = await api.post(
        "/store/ocop/notifications/preferences",
        { email: { "seller_order.shipped": false, "ocop.product_published": true } },
        lan,
      )
      expect(saved.data.preferences).toEqual(
        expect.arrayContaining([
          { kind: "seller_order.shipped", email: false, default: true },
          { kind: "ocop.product_published", email: true, default: false },
        ]),
      )
      // Minh has not chosen: the default (on) holds for him.
      await emit("seller_order.shipped", {
        id: "sord_tb_pref",
        seller_id: sellerA.seller.id,
        number: "P-1",
        order_id: "order_tb_pref",
        customer_id: lanId,
        email: "lan.thongbao@example.vn",
      })
      await emit("seller_order.shipped", {
        id: "sord_tb_pref2",
        seller_id: sellerA.seller.id,
        number: "P-2",
        order_id: "order_tb_pref2",
        customer_id: minhId,
        email: "minh.thongbao@example.vn",
      })
      await expect.poll(async () => (await records({ resource_id: ["sord_tb_pref", "sord_tb_pref2"] })).length).toBe(3)
      const channels = (await records({ resource_id: ["sord_tb_pref", "sord_tb_pref2"] }))
        .map((n: any) => `${n.receiver_id === lanId ? "lan" : "minh"} ${n.channel}`)
        .sort()
      expect(channels).toEqual(["lan feed", "minh email", "minh feed"])

      // A seller member's choices are its own.
      const member = await api.post(
        "/sellers/me/notifications/preferences",
        { email: { "seller_order.created": false } },
        sellerB.headers,
      )
      expect(member.data.preferences).toContainEqual({ kind: "seller_order.created", email: false, default: true })
      expect((await api.get("/sellers/me/notifications/preferences", sellerA.headers)).data.preferences).toContainEqual(
        {
          kind: "seller_order.created",
          email: true,
          default: true,
        },
      )
      expect(
        (
          await settle(
            api.post(
              "/sellers/me/notifications/preferences",
              { email: { "seller_order.shipped": false } },
              sellerA.headers,
            ),
          )
        ).status,
      ).toBe(400)
    })

    it("turns each marketplace event into a notification for its receiver and no one else", async () => {
      const events: [string, Record<string, unknown>][] = [
        [
          "seller_order.delivered",
          { id: "sord_ev_1", seller_id: sellerA.seller.id, number: "D-1", order_id: "o1", customer_id: lanId },
        ],
        [
          "quote.answered",
          {
            id: "quo_ev_1",
            customer_id: lanId,
            seller_id: sellerA.seller.id,
            product_title: "Chè",
            unit_price: 120000,
            answered_at: "2026-12-07T01:00:00Z",
          },
        ],
        [
          "distributor_approval.requested",
          {
            id: "dapr_ev_1",
            company_id: "dcomp_1",
            amount: 25000000,
            requested_by: "lan.thongbao@example.vn",
            approver_customer_ids: [minhId],
            requested_at: "2026-12-07T01:00:00Z",
          },
        ],
        [
          "review.replied",
          { id: "rev_ev_1", customer_id: lanId, product_id: productA.id, product_title: "Chè", product_handle: "che" },
        ],
        ["review.hidden", { id: "rev_ev_2", customer_id: minhId, product_title: "Chè", reason: "Lời lẽ xúc phạm" }],
        [
          "seller_return.decided",
          { id: "sret_ev_1", customer_id: lanId, seller_id: sellerA.seller.id, number: "D-1", decision: "refused" },
        ],
        ["seller_return.escalated", { id: "sret_ev_1", seller_id: sellerA.seller.id, number: "D-1" }],
        [
          "message.created",
          {
            id: "msg_ev_1",
            thread_id: "thr_1",
            to: { kind: "seller", id: sellerB.seller.id },
            subject_title: "Chè Shan tuyết",
          },
        ],
        [
          "message.created",
          { id: "msg_ev_2", thread_id: "thr_1", to: { kind: "customer", id: minhId }, subject_title: "Chè Shan tuyết" },
        ],
        [
          "message.created",
          { id: "msg_ev_3", thread_id: "thr_2", to: { kind: "admin", id: "admin" }, subject_title: "Báo cáo" },
        ],
      ]
      const lanBefore = await kinds("/store/ocop/notifications", lan)
      const minhBefore = await kinds("/store/ocop/notifications", minh)
      const aBefore = await kinds("/sellers/me/notifications", sellerA.headers)
      const bBefore = await kinds("/sellers/me/notifications", sellerB.headers)
      for (const [name, data] of events) await emit(name, data)
      // The same event again tells nobody twice.
      await emit("review.replied", events[3][1])

      const expected = {
        lan: [...lanBefore, "quote.answered", "return.decided", "review.replied", "seller_order.delivered"].sort(),
        minh: [...minhBefore, "approval.requested", "message.created", "review.hidden"].sort(),
        a: [...aBefore, "return.escalated"].sort(),
        b: [...bBefore, "message.created"].sort(),
      }
      await expect.poll(() => kinds("/store/ocop/notifications", lan)).toEqual(expected.lan)
      await expect.poll(() => kinds("/store/ocop/notifications", minh)).toEqual(expected.minh)
      await expect.poll(() => kinds("/sellers/me/notifications", sellerA.headers)).toEqual(expected.a)
      await expect.poll(() => kinds("/sellers/me/notifications", sellerB.headers)).toEqual(expected.b)

      // The operators read theirs in Medusa admin's own feed (addressed to every admin), with a title.
      const { data } = await api.get("/admin/notifications?channel=feed&limit=200", admin)
      const adminFeed = data.notifications.filter((n: any) => n.to === "")
      const adminKinds = adminFeed.map((n: any) => n.template)
      expect(adminKinds).toEqual(expect.arrayContaining(["return.escalated", "message.created", "seller.registered"]))
      expect(adminFeed.every((n: any) => n.receiver_id === "admin" && n.data.title)).toBe(true)
      expect(data.notifications.filter((n: any) => n.receiver_id !== "admin").every((n: any) => n.to)).toBe(true)
      expect(adminFeed.find((n: any) => n.template === "seller.registered").data.title).toMatch(
        /Người bán mới chờ duyệt: Hợp tác xã Chè Shan Tuyết Số 6[12]/,
      )
      expect(adminKinds).not.toContain("seller_order.created")
    })

    it("reminds the producer's seller 30 and 7 days before its certificate expires, once each, by e-mail only as each member chose", async () => {
      const container = getContainer()
      const [certificate] = await certification(container).listOcopCertificates({ product_id: productA.id })
      // The certificate's holder writes from the seller member's own address: still one e-mail per reminder.
      await certification(container).updateOcopSubjects({ id: sellerA.subjectId, email: sellerA.member.email })
      const now = new Date()
      await certification(container).updateOcopCertificates({
        id: certificate.id,
        expires_at: new Date(now.getTime() + 20 * DAY),
      })
      const reminders = async () =>
        (await feed("/sellers/me/notifications?limit=100", sellerA.headers)).notifications
          .filter((n: any) => n.kind === "certificate.expiring")
          .map((n: any) => n.data.days)
          .sort()
      /** Every e-mail about the certificate, whoever wrote it: "receiver kind days". */
      const emails = async () =>
        (await records({ resource_id: certificate.id, channel: "email" }))
          .map((n: any) => `${n.to} ${n.template} ${n.data.days}`)
          .sort()

      await ocopCertificatesDaily(container, now)
      await ocopCertificatesDaily(container, new Date(now.getTime() + 3_600_000))
      await expect.poll(reminders).toEqual([30])
      await expect.poll(emails).toEqual([`${sellerA.member.email} certificate.expiring 30`])

      // The member turns the reminder e-mails off: the 7-day reminder is in-app only.
      await api.post(
        "/sellers/me/notifications/preferences",
        { email: { "certificate.expiring": false } },
        sellerA.headers,
      )
      const later = new Date(now.getTime() + 14 * DAY)
      await ocopCertificatesDaily(container, later)
      await ocopCertificatesDaily(container, new Date(later.getTime() + 3_600_000))
      await expect.poll(reminders).toEqual([30, 7])
      // Give a late duplicate the time to show: there is none, and no e-mail the member turned off.
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect(await reminders()).toEqual([30, 7])
      expect(await emails()).toEqual([`${sellerA.member.email} certificate.expiring 30`])
      expect(await records({ resource_id: certificate.id, channel: "email", to: sellerA.member.email })).toHaveLength(1)
      expect(await kinds("/sellers/me/notifications?limit=100", sellerB.headers)).not.toContain("certificate.expiring")
      const [text] = (await feed("/sellers/me/notifications?limit=100", sellerA.headers)).notifications.filter(
        (n: any) => n.kind === "certificate.expiring",
      )
      expect(text.data).toMatchObject({
        decision_number: "6161/QĐ-UBND",
        product_title: productA.title ?? expect.any(String),
      })
    })

    it("e-mails a producer without a seller account at its address, once per reminder, and tells no seller", async () => {
      const reminder = {
        id: "cert_tb_no_seller",
        subject_id: null,
        days: 30,
        days_left: 29,
        decision_number: "7070/QĐ-UBND",
        stars: 4,
        product_id: "prod_tb_no_seller",
        product_title: "Miến dong Bình Liêu",
        producer: "Hộ kinh doanh Miến dong Bình Liêu",
        valid_until: "2027-01-05",
        contact_email: "miendong.binhlieu@example.vn",
      }
      await emit("ocop-certificate.expiring", reminder)
      await emit("ocop-certificate.expiring", reminder)
      await expect
        .poll(async () => (await records({ resource_id: reminder.id })).map((n: any) => `${n.channel} ${n.to}`))
        .toEqual(["email miendong.binhlieu@example.vn"])
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect(await records({ resource_id: reminder.id })).toHaveLength(1)
      expect(await kinds("/sellers/me/notifications?limit=100", sellerA.headers)).not.toContain("certificate.expiring")
    })
  },
})
