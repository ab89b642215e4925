import {
  integrationTestRunner,
  demoStore,
  settle,
  approvedSeller,
  certifyProduct,
  productBody,
  customer,
  placeCodOrder,
  sellerPartOf,
  eventually,
  variantBySku,
} from "@ocop/backend/testing"
import { Modules } from "@medusajs/framework/utils"

const X = "[•••]"

/**
 * Messages between buyers and cooperatives: a question about a product before buying (phone
 * numbers and e-mail addresses masked), a question about an order part after (not masked), the
 * seller's answers from the portal, unread counts, reports to the operator (who reads only
 * reported threads), the hourly limit per author, bad input, and the isolation cells: another
 * customer's or seller's thread looks missing, no token is 401, a token of the wrong kind is 401.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let admin: any
    let publishableKey: string
    let regionId: string
    let sellerA: Awaited<ReturnType<typeof approvedSeller>>
    let sellerB: Awaited<ReturnType<typeof approvedSeller>>
    let productA: { id: string; title: string; variants: { id: string; sku: string }[] }
    let productB: { id: string }
    let draftProduct: string
    let demoProduct: string
    let buyer: { headers: Record<string, string> }
    let stranger: { headers: Record<string, string> }
    let anonymous: { headers: Record<string, string> }
    const events: any[] = []

    const storeAs = (seller: { headers: { headers: Record<string, string> } }) => ({
      headers: { ...seller.headers.headers, "x-publishable-api-key": publishableKey },
    })

    beforeAll(async () => {
      publishableKey = demo.publishableKey
      regionId = demo.regionId
      admin = demo.admin
      sellerA = await approvedSeller(api, admin, 61)
      sellerB = await approvedSeller(api, admin, 62)
      const products: any[] = []
      for (const [seller, sku, decision] of [
        [sellerA, "MSG-A", "8061/QĐ-UBND"],
        [sellerB, "MSG-B", "8062/QĐ-UBND"],
      ] as const) {
        const { data } = await api.post("/sellers/me/products", productBody(sku), seller.headers)
        await certifyProduct(api, admin, seller.subjectId, data.product.id, decision)
        await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, seller.headers)
        products.push(data.product)
      }
      ;[productA, productB] = products
      draftProduct = (await api.post("/sellers/me/products", productBody("MSG-DRAFT"), sellerA.headers)).data.product.id
      anonymous = { headers: { "x-publishable-api-key": publishableKey } }
      demoProduct = (await api.get("/store/products?limit=1", anonymous)).data.products[0].id
      buyer = await customer(api, publishableKey, "hoi-nha-san-xuat@example.vn")
      stranger = await customer(api, publishableKey, "nguoi-la@example.vn")
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe("message.created", async (event: any) => {
          events.push(event.data)
        })
    })

    /** The buyer's question about seller A's product (each test starts from the database as beforeAll left it). */
    async function productQuestion() {
      const { data } = await api.post(
        "/store/messages/threads",
        { product_id: productA.id, body: "Chè này pha mấy lần nước thì ngon ạ?" },
        buyer,
      )
      await api.post(`/sellers/me/messages/${data.thread.id}/messages`, { body: "Dạ, ba lần nước ạ." }, sellerA.headers)
      return data.thread.id as string
    }

    it("a customer asks about a product: contacts masked, prices kept; the seller answers; each side's unread count", async () => {
      const question =
        "Chè này giá 250.000 ₫ cho gói 500 g phải không? Gọi em 0912 345 678 hoặc lan.nguyen@gmail.com nhé."
      const started = await api.post("/store/messages/threads", { product_id: productA.id, body: question }, buyer)
      expect(started.status).toBe(201)
      const productThread = started.data.thread.id
      expect(started.data.message).toMatchObject({
        author: "customer",
        masked: true,
        body: `Chè này giá 250.000 ₫ cho gói 500 g phải không? Gọi em ${X} hoặc ${X} nhé.`,
      })
      expect(started.data.thread).toMatchObject({
        id: expect.stringMatching(/^mthr_/),
        seller: { id: sellerA.seller.id, legal_name: sellerA.seller.legal_name },
        subject: { kind: "product", product_id: productA.id, title: productA.title },
        unread: 0,
      })
      await eventually(
        async () => events,
        (seen) =>
          expect(seen).toContainEqual({
            id: started.data.message.id,
            thread_id: productThread,
            to: { kind: "seller", id: sellerA.seller.id },
            subject_title: productA.title,
          }),
      )

      // The seller's list: one thread with something unread; the customer's name, never its id or e-mail
      const list = (await api.get("/sellers/me/messages", sellerA.headers)).data
      expect(list).toMatchObject({ count: 1, unread: 1 })
      expect(list.threads[0]).toMatchObject({ id: productThread, unread: 1, customer: { name: "Trần Minh" } })
      expect(JSON.stringify(list)).not.toMatch(/cus_|hoi-nha-san-xuat|"customer_id"/)
      const read = (await api.get(`/sellers/me/messages/${productThread}`, sellerA.headers)).data.thread
      expect(read.messages.map((m: any) => [m.author, m.masked])).toEqual([["customer", true]])
      expect(read.unread).toBe(0)
      expect((await api.get("/sellers/me/messages", sellerA.headers)).data.unread).toBe(0)

      // The answer, in a thread before an order, is masked too; the customer is told
      const answer = await api.post(
        `/sellers/me/messages/${productThread}/messages`,
        { body: "Dạ đúng ạ. Anh chị cứ đặt trên sàn, hoặc gọi 0987.654.321." },
        sellerA.headers,
      )
      expect(answer.status).toBe(201)
      expect(answer.data.message).toMatchObject({
        author: "seller",
        masked: true,
        body: `Dạ đúng ạ. Anh chị cứ đặt trên sàn, hoặc gọi ${X}.`,
      })
      await eventually(
        async () => events,
        (seen) =>
          expect(seen).toContainEqual(
            expect.objectContaining({ id: answer.data.message.id, to: { kind: "customer", id: expect.any(String) } }),
          ),
      )

      const mine = (await api.get("/store/messages/threads", buyer)).data
      expect(mine.threads.map((t: any) => [t.id, t.unread])).toEqual([[productThread, 1]])
      const thread = (await api.get(`/store/messages/threads/${productThread}`, buyer)).data.thread
      expect(thread.messages.map((m: any) => m.author)).toEqual(["customer", "seller"])
      expect(JSON.stringify(thread)).not.toMatch(/semem_|member|author_id/)
      expect((await api.get("/store/messages/threads", buyer)).data.threads[0].unread).toBe(0)

      // Asking about the same product again continues the thread
      const again = await api.post(
        "/store/messages/threads",
        { product_id: productA.id, body: "Cảm ơn, em đặt 2 gói." },
        buyer,
      )
      expect(again.data.thread.id).toBe(productThread)
      expect((await api.get("/store/messages/threads", buyer)).data.count).toBe(1)
    })

    it("a question about the customer's own order part is not masked; another's order, or a seller not in it, is 404", async () => {
      const order = await placeCodOrder(api, buyer, {
        regionId,
        email: "hoi-nha-san-xuat@example.vn",
        lines: [{ variant_id: variantBySku(productA, "MSG-A-100").id, quantity: 1 }],
      })
      const part = await sellerPartOf(api, sellerA.headers, order)
      const body = "Đơn của em giao chưa ạ? Shipper gọi 0912 345 678 giúp em."
      const started = await api.post(
        "/store/messages/threads",
        { order_id: order.id, seller_id: sellerA.seller.id, body },
        buyer,
      )
      expect(started.status).toBe(201)
      expect(started.data.message).toMatchObject({ body, masked: false })
      expect(started.data.thread.subject).toEqual({
        kind: "order",
        title: part.number,
        order_id: order.id,
        number: part.number,
      })
      const sellerView = (await api.get(`/sellers/me/messages/${started.data.thread.id}`, sellerA.headers)).data.thread
      expect(sellerView.subject).toEqual({
        kind: "order",
        title: part.number,
        seller_order_id: part.id,
        number: part.number,
      })
      expect(JSON.stringify(sellerView)).not.toContain(order.id)
      const reply = await api.post(
        `/sellers/me/messages/${started.data.thread.id}/messages`,
        { body: "Dạ đã gửi, shipper sẽ gọi từ số 0987 654 321." },
        sellerA.headers,
      )
      expect(reply.data.message).toMatchObject({ masked: false, body: expect.stringContaining("0987 654 321") })

      // Another customer's order, a seller with no part in it, the seller's own part id: all look missing
      for (const [who, input] of [
        [stranger, { order_id: order.id, seller_id: sellerA.seller.id }],
        [buyer, { order_id: order.id, seller_id: sellerB.seller.id }],
        [buyer, { order_id: part.id, seller_id: sellerA.seller.id }],
        [buyer, { order_id: "order_khong_co", seller_id: sellerA.seller.id }],
      ] as const) {
        const response = await settle(api.post("/store/messages/threads", { ...input, body: "Xin chào" }, who))
        expect([input, response.status]).toEqual([input, 404])
      }
    })

    it("ids are not credentials: another customer or seller, no token, or the wrong kind of token gets nothing", async () => {
      const productThread = await productQuestion()
      const countMessages = async () =>
        (await api.get(`/store/messages/threads/${productThread}`, buyer)).data.thread.messages.length
      const before = await countMessages()
      const sellerAsStore = storeAs(sellerA)
      const customerAsSeller = { headers: { authorization: buyer.headers.authorization } }
      let cells = 0
      const expectStatus = async (label: string, request: Promise<any>, statuses: number[]) => {
        const response = await settle(request)
        expect([label, statuses.includes(response.status) ? "ok" : response.status, response.data?.message]).toEqual([
          label,
          "ok",
          response.data?.message,
        ])
        cells++
      }
      // Requests are made one at a time (a request made ahead and refused before it is awaited fails the test run)
      const storeCalls = (who: any): [string, () => Promise<any>][] => [
        ["read", () => api.get(`/store/messages/threads/${productThread}`, who)],
        ["post", () => api.post(`/store/messages/threads/${productThread}/messages`, { body: "Chen ngang" }, who)],
        ["report", () => api.post(`/store/messages/threads/${productThread}/report`, { reason: "Thử" }, who)],
      ]
      const sellerCalls = (who: any): [string, () => Promise<any>][] => [
        ["seller read", () => api.get(`/sellers/me/messages/${productThread}`, who)],
        ["seller reply", () => api.post(`/sellers/me/messages/${productThread}/messages`, { body: "Chen ngang" }, who)],
        ["seller report", () => api.post(`/sellers/me/messages/${productThread}/report`, { reason: "Thử" }, who)],
      ]
      // Another customer, another seller: the thread does not exist for them
      for (const [label, call] of storeCalls(stranger)) await expectStatus(`stranger ${label}`, call(), [404])
      for (const [label, call] of sellerCalls(sellerB.headers)) await expectStatus(`seller B ${label}`, call(), [404])
      // No token, or a token of another kind
      for (const [label, call] of storeCalls(anonymous)) await expectStatus(`anonymous ${label}`, call(), [401])
      for (const [label, call] of storeCalls(sellerAsStore)) await expectStatus(`seller token ${label}`, call(), [401])
      for (const [label, call] of sellerCalls({})) await expectStatus(`no token ${label}`, call(), [401])
      for (const [label, call] of sellerCalls(customerAsSeller)) await expectStatus(`customer ${label}`, call(), [401])
      for (const url of ["/store/messages/threads"]) {
        await expectStatus("anonymous list", api.get(url, anonymous), [401])
        await expectStatus(
          "anonymous start",
          api.post(url, { product_id: productA.id, body: "Chào" }, anonymous),
          [401],
        )
      }
      await expectStatus("no token seller list", api.get("/sellers/me/messages"), [401])
      // Lists hold only one's own threads
      expect((await api.get("/store/messages/threads", stranger)).data.threads).toEqual([])
      expect((await api.get("/sellers/me/messages", sellerB.headers)).data.threads).toEqual([])
      // The operator reads only reported threads; sellers and customers are not operators
      await expectStatus("admin unreported", api.get(`/admin/messages/threads/${productThread}`, admin), [404])
      expect((await api.get("/admin/messages/threads", admin)).data.threads.map((t: any) => t.id)).not.toContain(
        productThread,
      )
      for (const who of [sellerA.headers, buyer, anonymous]) {
        await expectStatus("admin list", api.get("/admin/messages/threads", who), [401])
        await expectStatus("admin read", api.get(`/admin/messages/threads/${productThread}`, who), [401])
      }
      expect(await countMessages()).toBe(before)
      expect((await api.get("/sellers/me/messages", sellerA.headers)).data.threads[0].reported).toBe(false)
      console.log(`isolation matrix (messages): ${cells} cells`)
    })

    it("a reported thread can be read by the operator, read-only; the operators are told", async () => {
      const productThread = await productQuestion()
      const report = await api.post(
        `/sellers/me/messages/${productThread}/report`,
        { reason: "Người mua xin số điện thoại để mua ngoài sàn." },
        sellerA.headers,
      )
      expect(report.status).toBe(200)
      expect(report.data.thread).toMatchObject({ id: productThread, reported: true })
      await eventually(
        async () => events,
        (seen) => expect(seen).toContainEqual(expect.objectContaining({ to: { kind: "admin", id: "admin" } })),
      )
      const list = (await api.get("/admin/messages/threads", admin)).data
      expect(list.threads.map((t: any) => t.id)).toContain(productThread)
      const { thread } = (await api.get(`/admin/messages/threads/${productThread}`, admin)).data
      expect(thread).toMatchObject({
        reported_by: "seller",
        report_reason: "Người mua xin số điện thoại để mua ngoài sàn.",
        seller: { id: sellerA.seller.id },
        customer: { email: "hoi-nha-san-xuat@example.vn" },
      })
      expect(thread.messages.map((m: any) => m.author)).toEqual(["customer", "seller"])
      // Nothing to write with: the operator's routes only read
      expect(
        (await settle(api.post(`/admin/messages/threads/${productThread}/messages`, { body: "Ban quản lý" }, admin)))
          .status,
      ).toBe(404)
      // The thread goes on for its two sides
      expect(
        (await api.post(`/store/messages/threads/${productThread}/messages`, { body: "Em xin lỗi ạ." }, buyer)).status,
      ).toBe(201)
    })

    it("refuses bad input with a 400 naming the field, and writes nothing", async () => {
      const productThread = await productQuestion()
      const newcomer = await customer(api, publishableKey, "sai-du-lieu@example.vn")
      const cases: [unknown, RegExp][] = [
        [{ product_id: productA.id, body: "" }, /body/],
        [{ product_id: productA.id, body: "   \n  " }, /body/],
        [{ product_id: productA.id, body: "a".repeat(2001) }, /body/],
        [{ product_id: productA.id, body: "có ký tự \u0000 rỗng" }, /body/],
        [{ product_id: productA.id }, /body/],
        [{ body: "Xin chào" }, /product_id/],
        [
          { product_id: productA.id, order_id: "order_1", seller_id: sellerA.seller.id, body: "Xin chào" },
          /product_id/,
        ],
        [{ order_id: "order_1", body: "Xin chào" }, /seller_id/],
        [{ product_id: productA.id, body: "Xin chào", author_kind: "admin" }, /author_kind/],
        [{ product_id: "prod_<script>", body: "Xin chào" }, /product_id/],
        [{ product_id: productA.id, body: 42 }, /body/],
      ]
      for (const [body, field] of cases) {
        const response = await settle(api.post("/store/messages/threads", body, newcomer))
        expect([body, response.status, response.data.message]).toEqual([body, 400, expect.stringMatching(field)])
      }
      // A product nobody sells here, a draft, an unknown id: 404
      for (const product_id of [demoProduct, draftProduct, "prod_khong_co"]) {
        const response = await settle(api.post("/store/messages/threads", { product_id, body: "Xin chào" }, newcomer))
        expect([product_id, response.status]).toEqual([product_id, 404])
      }
      const replies: [unknown, RegExp][] = [
        [{ body: "" }, /body/],
        [{ body: "x".repeat(2001) }, /body/],
        [{}, /body/],
      ]
      for (const [body, field] of replies) {
        const response = await settle(api.post(`/sellers/me/messages/${productThread}/messages`, body, sellerA.headers))
        expect([body, response.status, response.data.message]).toEqual([body, 400, expect.stringMatching(field)])
      }
      for (const body of [{ reason: "" }, {}, { reason: "x".repeat(501) }]) {
        expect((await settle(api.post(`/store/messages/threads/${productThread}/report`, body, buyer))).status).toBe(
          400,
        )
      }
      expect((await api.get("/store/messages/threads", newcomer)).data.count).toBe(0)
      const threadB = await api.post(
        "/store/messages/threads",
        { product_id: productB.id, body: "a".repeat(2000) },
        newcomer,
      )
      expect(threadB.status).toBe(201)
    })

    it("stops an author at the hourly limit with a 429 and a sentence, writing nothing; others go on", async () => {
      const chatty = await customer(api, publishableKey, "nhan-nhieu@example.vn")
      const started = await api.post("/store/messages/threads", { product_id: productB.id, body: "Tin nhắn 1" }, chatty)
      const thread = started.data.thread.id
      for (let n = 2; n <= 20; n++)
        expect(
          (await api.post(`/store/messages/threads/${thread}/messages`, { body: `Tin nhắn ${n}` }, chatty)).status,
        ).toBe(201)
      const refused = await settle(
        api.post(`/store/messages/threads/${thread}/messages`, { body: "Tin nhắn 21" }, chatty),
      )
      expect(refused.status).toBe(429)
      expect(refused.data).toMatchObject({
        code: "message_rate_limited",
        message: expect.stringMatching(/at most 20 messages an hour/),
      })
      expect(refused.headers["retry-after"]).toBe("3600")
      // Starting another thread counts the same author
      const elsewhere = await settle(
        api.post("/store/messages/threads", { product_id: productA.id, body: "Tin nhắn 22" }, chatty),
      )
      expect(elsewhere.status).toBe(429)
      const { data } = await api.get(`/store/messages/threads/${thread}`, chatty)
      expect(data.thread.messages).toHaveLength(20)
      expect((await api.get("/store/messages/threads", chatty)).data.count).toBe(1)
      // The seller still answers
      expect(
        (await api.post(`/sellers/me/messages/${thread}/messages`, { body: "Dạ, em nghe." }, sellerB.headers)).status,
      ).toBe(201)
    })
  },
})
