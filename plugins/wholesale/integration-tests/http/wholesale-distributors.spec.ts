import {
  integrationTestRunner,
  chooseCashOnDelivery,
  HANOI_ADDRESS,
  readyCart,
  percentOffCode,
  settle,
  productBody,
  acceptInvitation,
  companyBody,
  csvBase64,
  customer,
  sellerWithProduct,
  demoStore,
  variantBySku,
} from "@ocop/backend/testing"

/**
 * Distributor companies verified by an operator, members with roles and a
 * buyer's spending limit (approval before placing), wholesale tier prices on Medusa's price list
 * for verified distributors only, MOQ, and bulk orders from a CSV with a per-line report.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let honey: Awaited<ReturnType<typeof sellerWithProduct>>
    let tea: Awaited<ReturnType<typeof sellerWithProduct>>
    let approver: any
    let buyer: any
    let plain: any
    let other: any
    let companyId: string

    const TIERS = [
      { min_quantity: 10, max_quantity: 49, amount: 80000 },
      { min_quantity: 50, max_quantity: 199, amount: 75000 },
      { min_quantity: 200, max_quantity: null, amount: 70000 },
    ]

    // The database goes back to its state after this setup before every test.
    beforeAll(async () => {
      honey = await sellerWithProduct(api, demo.admin, 31, [
        { title: "Hũ 500 g", sku: "MO-500", price_vnd: 85000, stock: 1000 },
        { title: "Hũ 1 kg", sku: "MO-1000", price_vnd: 160000, stock: 5 },
      ])
      tea = await sellerWithProduct(api, demo.admin, 32, [
        { title: "Gói 200 g", sku: "CHE-200", price_vnd: 120000, stock: 1000 },
      ])
      const mo500 = honey.product.variants.find((v) => v.sku === "MO-500")!.id
      await api.post(
        `/sellers/me/products/${honey.product.id}/wholesale`,
        { moq: 10, variants: [{ variant_id: mo500, tiers: TIERS }] },
        honey.headers,
      )
      const che = variantBySku(tea.product, "CHE-200").id
      await api.post(
        `/sellers/me/products/${tea.product.id}/wholesale`,
        { moq: 20, variants: [{ variant_id: che, tiers: [{ min_quantity: 20, max_quantity: null, amount: 100000 }] }] },
        tea.headers,
      )
      approver = await customer(api, demo.publishableKey, "duyet@phanphoi.vn")
      buyer = await customer(api, demo.publishableKey, "mua@phanphoi.vn")
      plain = await customer(api, demo.publishableKey, "le@example.vn")
      other = await customer(api, demo.publishableKey, "khac@phanphoi.vn")
      const { data } = await api.post("/store/distributors", companyBody(1), approver)
      companyId = data.company.id
      await api.post(`/admin/distributors/${companyId}/verify`, {}, demo.admin)
      await api.post(
        "/store/distributors/me/members",
        { email: "mua@phanphoi.vn", role: "buyer", spending_limit: 1_000_000 },
        approver,
      )
      await acceptInvitation(api, buyer)
    })

    const variantOf = (seller: typeof honey, sku: string) => seller.product.variants.find((v) => v.sku === sku)!.id

    async function cartFor(headers: any) {
      const { data } = await api.post("/store/carts", { region_id: demo.regionId }, headers)
      return data.cart.id as string
    }

    async function cartLines(headers: any, cartId: string) {
      const { data } = await api.get(`/store/carts/${cartId}`, headers)
      return (data.cart.items as any[]).map((item) => [item.variant_sku, item.quantity, item.unit_price]).sort()
    }

    /** The buyer's cart of 20 jars at 80,000 (above its 1,000,000 limit), ready to complete by cash on delivery. */
    async function buyersCartAboveLimit() {
      const cart = await cartFor(buyer)
      await api.post("/store/wholesale/bulk/add", { cart_id: cart, lines: [{ sku: "MO-500", quantity: 20 }] }, buyer)
      await api.post(
        `/store/carts/${cart}`,
        { email: "mua@phanphoi.vn", shipping_address: HANOI_ADDRESS, billing_address: HANOI_ADDRESS },
        buyer,
      )
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart}`, buyer)
      await api.post(`/store/carts/${cart}/shipping-methods`, { option_id: options.shipping_options[0].id }, buyer)
      await chooseCashOnDelivery(api, buyer, cart)
      return cart
    }

    it("registers a company (tax code rules), lets the operator reject or verify it, and keeps wholesale from the unverified", async () => {
      const badTax = await settle(api.post("/store/distributors", companyBody(2, { tax_code: "12345" }), other))
      expect(badTax.status).toBe(400)
      expect(badTax.data.message).toMatch(/tax_code \(format\)/)
      const badProvince = await settle(
        api.post(
          "/store/distributors",
          companyBody(2, { delivery_addresses: [{ address_1: "Kho 1", province: "Atlantis" }] }),
          other,
        ),
      )
      expect(badProvince.status).toBe(400)
      expect(badProvince.data.message).toMatch(/delivery_addresses\.0\.province/)
      const anonymous = await settle(
        api.post("/store/distributors", companyBody(2), { headers: { "x-publishable-api-key": demo.publishableKey } }),
      )
      expect(anonymous.status).toBe(401)
      const duplicate = await settle(api.post("/store/distributors", companyBody(2, { tax_code: "1010200001" }), other))
      expect(duplicate.status).toBe(400)
      expect(duplicate.data.message).toMatch(/tax_code \(unique\)/)
      const twice = await settle(api.post("/store/distributors", companyBody(3), approver))
      expect(twice.data.message).toMatch(/customer \(one_company\)/)

      // A province typed without diacritics ("tp ho chi minh") is the unit it names.
      const typed = [{ label: "Kho Thủ Đức", address_1: "Lô B2 KCN Cát Lái", province: "tp ho chi minh" }]
      const { data, status } = await api.post(
        "/store/distributors",
        companyBody(2, { tax_code: "1010200001-002", delivery_addresses: typed }),
        other,
      )
      expect(status).toBe(201)
      expect(data.company).toMatchObject({
        status: "pending",
        tax_code: "1010200001-002",
        delivery_addresses: [{ province: "Hồ Chí Minh" }],
      })
      expect(data.member.role).toBe("approver")
      const branchId = data.company.id

      // Pending: no tiers, no bulk orders (403 naming the reason); a plain customer is not a member.
      const pendingTiers = await settle(api.get(`/store/wholesale/products/${honey.product.id}`, other))
      expect(pendingTiers.status).toBe(403)
      expect(pendingTiers.data.message).toMatch(/pending, not verified/)
      expect(
        (await settle(api.post("/store/wholesale/bulk/check", { lines: [{ sku: "MO-500", quantity: 50 }] }, other)))
          .status,
      ).toBe(403)
      const pendingCart = await cartFor(other)
      await api.post(
        `/store/carts/${pendingCart}/line-items`,
        { variant_id: variantOf(honey, "MO-500"), quantity: 60 },
        other,
      )
      expect(await cartLines(other, pendingCart)).toEqual([["MO-500", 60, 85000]])
      const plainTiers = await settle(api.get(`/store/wholesale/products/${honey.product.id}`, plain))
      expect(plainTiers.status).toBe(403)
      expect(plainTiers.data.message).toMatch(/not a member of a distributor company/)
      expect(
        (await settle(api.post("/store/wholesale/bulk/check", { lines: [{ sku: "MO-500", quantity: 50 }] }, plain)))
          .status,
      ).toBe(403)

      // The operator: list by status, reject with a reason (required), verify later.
      const { data: pending } = await api.get("/admin/distributors?status=pending", demo.admin)
      expect(pending.distributors.map((d: any) => d.id)).toEqual([branchId])
      const { data: verifiedList } = await api.get("/admin/distributors?status=verified", demo.admin)
      expect(verifiedList.distributors.map((d: any) => d.id)).toEqual([companyId])
      expect((await settle(api.get("/admin/distributors", approver))).status).toBe(401)
      expect((await settle(api.post(`/admin/distributors/${branchId}/reject`, {}, demo.admin))).status).toBe(400)
      const rejected = await api.post(
        `/admin/distributors/${branchId}/reject`,
        { reason: "Giấy phép kinh doanh không khớp" },
        demo.admin,
      )
      expect(rejected.data.distributor).toMatchObject({
        status: "rejected",
        rejection_reason: "Giấy phép kinh doanh không khớp",
      })
      const rejectedTiers = await settle(api.get(`/store/wholesale/products/${honey.product.id}`, other))
      expect(rejectedTiers.status).toBe(403)
      expect(rejectedTiers.data.message).toMatch(/rejected, not verified/)
      expect(
        (await settle(api.post(`/admin/distributors/${branchId}/reject`, { reason: "lần nữa" }, demo.admin))).status,
      ).toBe(400)

      const verified = await api.post(`/admin/distributors/${branchId}/verify`, {}, demo.admin)
      expect(verified.data.distributor).toMatchObject({ status: "verified", rejection_reason: null })
      const { data: tiers } = await api.get(`/store/wholesale/products/${honey.product.id}`, other)
      expect(tiers.wholesale.moq).toBe(10)
      expect(tiers.wholesale.variants.find((v: any) => v.sku === "MO-500").tiers).toEqual(TIERS)
      const { data: detail } = await api.get(`/admin/distributors/${branchId}`, demo.admin)
      expect(detail.distributor.members.map((m: any) => [m.email, m.role])).toEqual([["khac@phanphoi.vn", "approver"]])
    })

    it("members: the approver adds and removes members; roles are enforced; other companies' members are out of reach", async () => {
      const badRole = await settle(
        api.post("/store/distributors/me/members", { email: "le@example.vn", role: "owner" }, approver),
      )
      expect(badRole.status).toBe(400)
      const taken = await settle(
        api.post("/store/distributors/me/members", { email: "mua@phanphoi.vn", role: "buyer" }, approver),
      )
      expect(taken.data.message).toMatch(/email \(already_member\)/)

      const { data: me } = await api.get("/store/distributors/me", buyer)
      expect(me).toMatchObject({
        company: { id: companyId, status: "verified" },
        member: { role: "buyer", spending_limit: 1_000_000 },
      })
      expect(me.members).toHaveLength(1)
      const forbidden = await settle(
        api.post("/store/distributors/me/members", { email: "le@example.vn", role: "buyer" }, buyer),
      )
      expect(forbidden.status).toBe(403)
      expect(forbidden.data.message).toMatch(/role buyer cannot do this/)

      const { data: added } = await api.post(
        "/store/distributors/me/members",
        { email: "le@example.vn", role: "accountant" },
        approver,
      )
      expect(added.member).toMatchObject({
        role: "accountant",
        spending_limit: null,
        company_id: companyId,
        invited: true,
      })
      // An invitation binds nobody: wholesale only once the person accepts it
      expect((await settle(api.get(`/store/wholesale/products/${honey.product.id}`, plain))).status).toBe(403)
      await acceptInvitation(api, plain)
      expect((await api.get(`/store/wholesale/products/${honey.product.id}`, plain)).status).toBe(200)
      const { data: team } = await api.get("/store/distributors/me", approver)
      expect(team.members.map((m: any) => m.role)).toEqual(["approver", "buyer", "accountant"])

      // Another company's approver cannot touch this company's members.
      await api.post("/store/distributors", companyBody(2), other)
      const foreign = await settle(
        api.post(`/store/distributors/me/members/${added.member.id}`, { spending_limit: 5 }, other),
      )
      expect(foreign.status).toBe(404)
      expect((await settle(api.delete(`/store/distributors/me/members/${added.member.id}`, other))).status).toBe(404)

      // Removed: back to a plain customer (no tiers).
      await api.delete(`/store/distributors/me/members/${added.member.id}`, approver)
      expect((await settle(api.get(`/store/wholesale/products/${honey.product.id}`, plain))).status).toBe(403)

      // Someone without an account is invited by e-mail, registers, and joins, with the role, on accepting.
      const { data: invited } = await api.post(
        "/store/distributors/me/members",
        { email: "ChuaCo@phanphoi.vn", role: "buyer", spending_limit: 2_000_000 },
        approver,
      )
      expect(invited.member).toMatchObject({ email: "chuaco@phanphoi.vn", invited: true, role: "buyer" })
      expect(invited.member).not.toHaveProperty("customer_id")
      const twice = await settle(
        api.post("/store/distributors/me/members", { email: "chuaco@phanphoi.vn", role: "accountant" }, approver),
      )
      expect([twice.status, twice.data.message]).toEqual([
        400,
        expect.stringMatching(/email \(already_member\).*already invited/),
      ])
      const newcomer = await customer(api, demo.publishableKey, "chuaco@phanphoi.vn")
      expect((await settle(api.get("/store/distributors/me", newcomer))).status).toBe(403)
      await acceptInvitation(api, newcomer)
      expect((await api.get("/store/distributors/me", newcomer)).data.member).toMatchObject({
        id: invited.member.id,
        role: "buyer",
        spending_limit: 2_000_000,
        invited: false,
      })
      expect((await api.get(`/store/wholesale/products/${honey.product.id}`, newcomer)).data.wholesale.moq).toBe(10)
      // An invitation not taken up yet can be withdrawn.
      const { data: pending } = await api.post(
        "/store/distributors/me/members",
        { email: "sau@phanphoi.vn", role: "accountant" },
        approver,
      )
      await api.delete(`/store/distributors/me/members/${pending.member.id}`, approver)
      const { data: finalTeam } = await api.get("/store/distributors/me", approver)
      expect(finalTeam.members.map((m: any) => m.email)).toEqual([
        "duyet@phanphoi.vn",
        "mua@phanphoi.vn",
        "chuaco@phanphoi.vn",
      ])
    })

    it("tier prices in a verified distributor's cart, MOQ refused with 400, retail for everyone else", async () => {
      const mo500 = variantOf(honey, "MO-500")
      const cart = await cartFor(approver)
      const below = await settle(
        api.post(`/store/carts/${cart}/line-items`, { variant_id: mo500, quantity: 5 }, approver),
      )
      expect(below.status).toBe(400)
      expect(below.data.message).toMatch(/wholesale minimum order is 10 units, this line would have 5/)

      await api.post(`/store/carts/${cart}/line-items`, { variant_id: mo500, quantity: 60 }, approver)
      expect(await cartLines(approver, cart)).toEqual([["MO-500", 60, 75000]])
      const { data } = await api.get(`/store/carts/${cart}`, approver)
      await api.post(`/store/carts/${cart}/line-items/${data.cart.items[0].id}`, { quantity: 250 }, approver)
      expect(await cartLines(approver, cart)).toEqual([["MO-500", 250, 70000]])
      const lowered = await settle(
        api.post(`/store/carts/${cart}/line-items/${data.cart.items[0].id}`, { quantity: 3 }, approver),
      )
      expect(lowered.status).toBe(400)

      // A plain customer: retail price, no minimum; the product page's price too.
      const plainHeaders = plain
      const retailCart = await cartFor(plainHeaders)
      await api.post(`/store/carts/${retailCart}/line-items`, { variant_id: mo500, quantity: 60 }, plainHeaders)
      expect(await cartLines(plainHeaders, retailCart)).toEqual([["MO-500", 60, 85000]])
      const { data: product } = await api.get(
        `/store/products/${honey.product.id}?region_id=${demo.regionId}&fields=*variants.calculated_price`,
        plainHeaders,
      )
      expect(product.product.variants.find((v: any) => v.sku === "MO-500").calculated_price.calculated_amount).toBe(
        85000,
      )

      // Sellers: bad tiers are 400 naming the field; another seller's product is 404.
      const gap = await settle(
        api.post(
          `/sellers/me/products/${honey.product.id}/wholesale`,
          {
            moq: 10,
            variants: [
              {
                variant_id: mo500,
                tiers: [
                  { min_quantity: 10, max_quantity: 49, amount: 1 },
                  { min_quantity: 60, max_quantity: null, amount: 1 },
                ],
              },
            ],
          },
          honey.headers,
        ),
      )
      expect(gap.status).toBe(400)
      expect(gap.data.message).toMatch(/variants\.0\.tiers\.1\.min_quantity \(contiguous\)/)
      const foreign = await settle(
        api.post(`/sellers/me/products/${honey.product.id}/wholesale`, { moq: 1, variants: [] }, tea.headers),
      )
      expect(foreign.status).toBe(404)
      expect((await settle(api.get(`/sellers/me/products/${honey.product.id}/wholesale`, tea.headers))).status).toBe(
        404,
      )
    })

    it("checks a CSV line by line before anything is written, then adds the good lines at tier prices in one step", async () => {
      // An uncertified draft of the tea seller: its SKU exists but is not certified.
      await api.post(
        "/sellers/me/products",
        productBody("NEW", { variants: [{ title: "Gói", sku: "CHE-MOI", price_vnd: 50000, stock: 10 }] }),
        tea.headers,
      )
      const csv = [
        "sku,quantity",
        "MO-500,60",
        "CHE-200,25",
        "KHONG-CO,5",
        "CHE-200,30",
        "MO-500x,abc",
        "MO-1000,50",
        "CHE-MOI,10",
        "MO-1000,x",
      ].join("\r\n")
      const { data: report } = await api.post("/store/wholesale/bulk/check", { csv: csvBase64(csv, true) }, approver)
      const byLine = Object.fromEntries(report.rows.map((row: any) => [row.line, row.problems.map((p: any) => p.code)]))
      expect(byLine).toEqual({
        2: [],
        3: [],
        4: ["unknown_sku"],
        5: ["duplicate_sku"],
        6: ["bad_quantity", "unknown_sku"],
        7: ["insufficient_stock"],
        8: ["not_certified"],
        9: ["bad_quantity", "duplicate_sku"],
      })
      const good = report.rows.filter((row: any) => row.ok)
      expect(good.map((row: any) => [row.sku, row.quantity, row.unit_price, row.line_total, row.seller.name])).toEqual([
        ["MO-500", 60, 75000, 4500000, expect.stringContaining("Số 31")],
        ["CHE-200", 25, 100000, 2500000, expect.stringContaining("Số 32")],
      ])
      expect(report.summary).toMatchObject({ lines: 8, ok: 2, with_problems: 6, total: 7000000 })

      // Whole-file problems: not UTF-8, wrong columns, too many lines.
      const latin = Buffer.from([
        0x73, 0x6b, 0x75, 0x2c, 0x71, 0x75, 0x61, 0x6e, 0x74, 0x69, 0x74, 0x79, 0x0a, 0x4e, 0xf8, 0xe9, 0x63, 0x2c,
        0x31,
      ]).toString("base64")
      const notUtf8 = await settle(api.post("/store/wholesale/bulk/check", { csv: latin }, approver))
      expect(notUtf8.status).toBe(400)
      expect(notUtf8.data.message).toMatch(/not UTF-8/)
      const columns = await settle(
        api.post("/store/wholesale/bulk/check", { csv: csvBase64("ma,sl\nMO-500,60") }, approver),
      )
      expect(columns.data.message).toMatch(/columns sku and quantity/)
      const huge = "sku,quantity\n" + Array.from({ length: 10_001 }, (_, i) => `S${i},1`).join("\n")
      const tooMany = await settle(api.post("/store/wholesale/bulk/check", { csv: csvBase64(huge) }, approver))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/10,001 lines; at most 10,000/)

      // All or nothing: one bad line refuses the whole add; the good lines go in at tier prices.
      const cart = await cartFor(approver)
      const refused = await settle(
        api.post(
          "/store/wholesale/bulk/add",
          {
            cart_id: cart,
            lines: [
              { sku: "MO-500", quantity: 60 },
              { sku: "KHONG-CO", quantity: 5 },
            ],
          },
          approver,
        ),
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/line 2 \(KHONG-CO\): unknown_sku/)
      expect(await cartLines(approver, cart)).toEqual([])
      const lines = good.map((row: any) => ({ sku: row.sku, quantity: row.quantity }))
      const added = await api.post("/store/wholesale/bulk/add", { cart_id: cart, lines }, approver)
      expect(added.data.added).toBe(2)
      expect(await cartLines(approver, cart)).toEqual([
        ["CHE-200", 25, 100000],
        ["MO-500", 60, 75000],
      ])
      const someoneElses = await settle(api.post("/store/wholesale/bulk/add", { cart_id: cart, lines }, buyer))
      expect(someoneElses.status).toBe(404)
    })

    it("adds a bulk order to a cart that holds lines: joins the line at its new tier, counts the cart's units against stock, refreshes tax, promotion and payment", async () => {
      const promotion = await percentOffCode(api, demo.admin, "SI10", 10, { maxQuantity: 10_000 })
      expect([promotion.status, promotion.data.message]).toEqual([200, undefined])
      const cart = await cartFor(approver)
      const { data: variants } = await api.get("/store/products?fields=variants.id,variants.sku", approver)
      const mo500 = variants.products.flatMap((p: any) => p.variants).find((v: any) => v.sku === "MO-500")
      await api.post(`/store/carts/${cart}/line-items`, { variant_id: mo500.id, quantity: 20 }, approver)
      await api.post(`/store/carts/${cart}/promotions`, { promo_codes: ["SI10"] }, approver)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart }, approver)
      expect(await cartLines(approver, cart)).toEqual([["MO-500", 20, 80000]])

      // 20 in the cart + 981 > 1,000 in stock: refused, naming what the cart holds; nothing changes
      const tooMany = await settle(
        api.post("/store/wholesale/bulk/add", { cart_id: cart, lines: [{ sku: "MO-500", quantity: 981 }] }, approver),
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(
        /insufficient_stock: only 1000 units of MO-500 in stock \(20 already in the cart\)/,
      )
      expect(await cartLines(approver, cart)).toEqual([["MO-500", 20, 80000]])

      // 20 + 40 = 60 units: the 50–199 tier for the whole line
      const lines = [
        { sku: "MO-500", quantity: 40 },
        { sku: "CHE-200", quantity: 25 },
      ]
      expect((await api.post("/store/wholesale/bulk/add", { cart_id: cart, lines }, approver)).data.added).toBe(2)
      expect(await cartLines(approver, cart)).toEqual([
        ["CHE-200", 25, 100000],
        ["MO-500", 60, 75000],
      ])
      const { data } = await api.get(
        `/store/carts/${cart}?fields=total,items.variant_sku,items.total,items.tax_lines.rate,items.adjustments.code,items.adjustments.amount,payment_collection.amount,payment_collection.id`,
        approver,
      )
      for (const item of data.cart.items) {
        expect([item.variant_sku, item.tax_lines.map((line: any) => line.rate)]).toEqual([item.variant_sku, [10]])
        expect([item.variant_sku, item.adjustments.map((a: any) => a.code)]).toEqual([item.variant_sku, ["SI10"]])
        expect(item.total).toBeCloseTo(0.9 * (item.variant_sku === "MO-500" ? 60 * 75000 : 25 * 100000), 2)
      }
      expect(data.cart.total).toBeCloseTo(0.9 * (60 * 75000 + 25 * 100000), 2)
      expect(data.cart.payment_collection).toMatchObject({
        id: collection.payment_collection.id,
        amount: data.cart.total,
      })
    })

    it("a buyer's order above its limit waits for an approver, who places it; the order can be ordered again", async () => {
      const cart = await buyersCartAboveLimit()

      const blocked = await settle(api.post(`/store/carts/${cart}/complete`, {}, buyer))
      expect(blocked.status).toBe(403)
      expect(blocked.data.message).toMatch(/above your spending limit of 1000000/)
      const { data: sent } = await api.post("/store/distributors/me/approvals", { cart_id: cart }, buyer)
      expect(sent.approval).toMatchObject({ status: "pending", cart_id: cart })
      expect(sent.approval.amount).toBeGreaterThan(1_000_000)
      expect(
        (await settle(api.post(`/store/distributors/me/approvals/${sent.approval.id}/approve`, {}, buyer))).status,
      ).toBe(403)

      const { data: waiting } = await api.get("/store/distributors/me/approvals?status=pending", approver)
      expect(waiting.approvals.map((a: any) => a.id)).toEqual([sent.approval.id])
      const { data: approved } = await api.post(
        `/store/distributors/me/approvals/${sent.approval.id}/approve`,
        {},
        approver,
      )
      expect(approved.approval.status).toBe("placed")
      expect(approved.approval.order_id).toMatch(/^order_/)
      const again = await settle(api.post(`/store/distributors/me/approvals/${sent.approval.id}/approve`, {}, approver))
      expect(again.status).toBe(400)

      const { data: order } = await api.get(`/store/orders/${approved.approval.order_id}`, buyer)
      expect(order.order.items.map((i: any) => [i.variant_sku, i.quantity, i.unit_price])).toEqual([
        ["MO-500", 20, 80000],
      ])
      const { data: reorder } = await api.get(`/store/wholesale/orders/${approved.approval.order_id}/lines`, buyer)
      expect(reorder.lines.map((l: any) => [l.sku, l.quantity])).toEqual([["MO-500", 20]])
      expect(
        (await settle(api.get(`/store/wholesale/orders/${approved.approval.order_id}/lines`, approver))).status,
      ).toBe(404)
    })

    it("binds nobody without consent: an invitation waits for the invitee, an unverified company grants no power, the export holds only the company's orders", async () => {
      // The victim has an account and an order of their own before anyone invites them
      const victim = await customer(api, demo.publishableKey, "nanhan@example.vn")
      const before = await readyCart(api, victim, {
        regionId: demo.regionId,
        email: "nanhan@example.vn",
        lines: [{ variant_id: variantOf(tea, "CHE-200"), quantity: 1 }],
      })
      await chooseCashOnDelivery(api, victim, before)
      const earlier = (await api.post(`/store/carts/${before}/complete`, {}, victim)).data.order

      // An unverified company cannot give anyone an approver's role or a spending limit
      const schemer = await customer(api, demo.publishableKey, "mao-danh@example.vn")
      const { data: shell } = await api.post("/store/distributors", companyBody(7), schemer)
      expect(shell.company.status).toBe("pending")
      for (const body of [
        { email: "nanhan@example.vn", role: "buyer", spending_limit: 100_000 },
        { email: "nanhan@example.vn", role: "approver" },
      ]) {
        const refused = await settle(api.post("/store/distributors/me/members", body, schemer))
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/unverified_company/)])
      }
      const { data: invited } = await api.post(
        "/store/distributors/me/members",
        { email: "nanhan@example.vn", role: "buyer" },
        schemer,
      )
      expect(invited.member.invited).toBe(true)
      const { data: shellMembers } = await api.get("/store/distributors/me", schemer)
      const invitationId = shellMembers.members.find((m: any) => m.email === "nanhan@example.vn").id
      const promote = await settle(
        api.post(`/store/distributors/me/members/${invitationId}`, { spending_limit: 1 }, schemer),
      )
      expect([promote.status, promote.data.message]).toEqual([400, expect.stringMatching(/unverified_company/)])
      expect((await settle(api.get("/store/wholesale/orders.csv", schemer))).status).toBe(403)

      // The victim is bound to nothing: not a member, checkout as before, free to register their own company
      expect((await settle(api.get("/store/distributors/me", victim))).status).toBe(403)
      const { data: waiting } = await api.get("/store/distributors/invitations", victim)
      expect(waiting.invitations).toEqual([
        expect.objectContaining({
          id: invitationId,
          role: "buyer",
          company: expect.objectContaining({ status: "pending" }),
        }),
      ])
      // Someone else cannot see, accept or decline it
      expect((await api.get("/store/distributors/invitations", plain)).data.invitations).toEqual([])
      expect((await settle(api.post(`/store/distributors/invitations/${invitationId}/accept`, {}, plain))).status).toBe(
        404,
      )
      expect(
        (await settle(api.post(`/store/distributors/invitations/${invitationId}/decline`, {}, plain))).status,
      ).toBe(404)
      expect(
        (
          await settle(
            api.get("/store/distributors/invitations", { headers: { "x-publishable-api-key": demo.publishableKey } }),
          )
        ).status,
      ).toBe(401)
      const own = await settle(api.post("/store/distributors", companyBody(8), victim))
      expect(own.status).toBe(201)
      // Acting for a company already: leave it before joining another
      const second = await settle(api.post(`/store/distributors/invitations/${invitationId}/accept`, {}, victim))
      expect([second.status, second.data.message]).toEqual([400, expect.stringMatching(/one_company/)])
      expect((await api.post(`/store/distributors/invitations/${invitationId}/decline`, {}, victim)).data.deleted).toBe(
        true,
      )
      expect((await api.get("/store/distributors/invitations", victim)).data.invitations).toEqual([])

      // The verified company's export: only orders its members placed for it while members
      const joiner = await customer(api, demo.publishableKey, "vaosau@example.vn")
      const solo = await readyCart(api, joiner, {
        regionId: demo.regionId,
        email: "vaosau@example.vn",
        lines: [{ variant_id: variantOf(tea, "CHE-200"), quantity: 2 }],
      })
      await chooseCashOnDelivery(api, joiner, solo)
      const beforeJoining = (await api.post(`/store/carts/${solo}/complete`, {}, joiner)).data.order
      await api.post("/store/distributors/me/members", { email: "vaosau@example.vn", role: "buyer" }, approver)
      await acceptInvitation(api, joiner)
      const forCompany = await readyCart(api, joiner, {
        regionId: demo.regionId,
        email: "vaosau@example.vn",
        lines: [{ variant_id: variantOf(tea, "CHE-200"), quantity: 20 }],
      })
      await chooseCashOnDelivery(api, joiner, forCompany)
      const asMember = (await api.post(`/store/carts/${forCompany}/complete`, {}, joiner)).data.order
      const { data: members } = await api.get("/store/distributors/me", approver)
      await api.delete(
        `/store/distributors/me/members/${members.members.find((m: any) => m.email === "vaosau@example.vn").id}`,
        approver,
      )
      const after = await readyCart(api, joiner, {
        regionId: demo.regionId,
        email: "vaosau@example.vn",
        lines: [{ variant_id: variantOf(tea, "CHE-200"), quantity: 3 }],
      })
      await chooseCashOnDelivery(api, joiner, after)
      const afterLeaving = (await api.post(`/store/carts/${after}/complete`, {}, joiner)).data.order

      const csv = await api.get("/store/wholesale/orders.csv", approver)
      const exported = new Set(
        csv.data
          .split("\n")
          .slice(1)
          .filter(Boolean)
          .map((row: string) => row.replace(/^\uFEFF/, "").split(",")[0]),
      )
      expect(exported.has(asMember.id)).toBe(true)
      for (const order of [earlier, beforeJoining, afterLeaving]) expect(exported.has(order.id)).toBe(false)
    })

    it("an approval binds the cart as sent: a change voids it, the approver never places a larger order", async () => {
      const cart = await buyersCartAboveLimit()
      const { data: sent } = await api.post("/store/distributors/me/approvals", { cart_id: cart }, buyer)
      const { data: shown } = await api.get("/store/distributors/me/approvals?status=pending", approver)
      const seen = shown.approvals.find((a: any) => a.id === sent.approval.id)
      expect(seen.lines).toEqual([{ variant_id: variantOf(honey, "MO-500"), quantity: 20, unit_price: 80000 }])
      expect(seen).not.toHaveProperty("cart_id")
      const amount = seen.amount

      // The buyer adds 20 units after sending: the request is void, approving places nothing
      const { data: current } = await api.get(`/store/carts/${cart}`, buyer)
      await api.post(`/store/carts/${cart}/line-items/${current.cart.items[0].id}`, { quantity: 40 }, buyer)
      const { data: voided } = await api.get("/store/distributors/me/approvals", approver)
      expect(voided.approvals.find((a: any) => a.id === sent.approval.id).status).toBe("void")
      const refused = await settle(
        api.post(`/store/distributors/me/approvals/${sent.approval.id}/approve`, {}, approver),
      )
      expect(refused.status).toBe(400)
      expect((await api.get(`/store/carts/${cart}`, buyer)).data.cart.completed_at).toBeFalsy()

      // Sent again: the approver sees the new cart; a change by another route (bulk add) is caught at approval
      const { data: again } = await api.post("/store/distributors/me/approvals", { cart_id: cart }, buyer)
      expect(again.approval.amount).toBeGreaterThan(amount)
      expect(again.approval.lines).toEqual([
        { variant_id: variantOf(honey, "MO-500"), quantity: 40, unit_price: 80000 },
      ])
      await api.post("/store/wholesale/bulk/add", { cart_id: cart, lines: [{ sku: "MO-500", quantity: 20 }] }, buyer)
      const stale = await settle(
        api.post(`/store/distributors/me/approvals/${again.approval.id}/approve`, {}, approver),
      )
      expect([stale.status, stale.data.message]).toEqual([400, expect.stringMatching(/approval_void/)])
      const { data: after } = await api.get("/store/distributors/me/approvals", approver)
      expect(after.approvals.find((a: any) => a.id === again.approval.id).status).toBe("void")
      // Paged, newest first; a page it cannot give is refused
      const newest = (await api.get("/store/distributors/me/approvals?limit=1", approver)).data
      expect(newest).toMatchObject({ count: after.count, limit: 1, offset: 0, approvals: [after.approvals[0]] })
      const beyond = (await api.get(`/store/distributors/me/approvals?offset=${after.count}`, approver)).data
      expect(beyond.approvals).toEqual([])
      for (const query of ["limit=0", "limit=101", "offset=-1", "order=reason", "status=nope"]) {
        const refused = await settle(api.get(`/store/distributors/me/approvals?${query}`, approver))
        expect([query, refused.status]).toEqual([query, 400])
      }
      expect((await api.get(`/store/carts/${cart}`, buyer)).data.cart.completed_at).toBeFalsy()
      // The buyer cannot place it either
      expect((await settle(api.post(`/store/carts/${cart}/complete`, {}, buyer))).status).toBe(403)

      // Sent as it is now (its payment chosen again for the new total) and approved: the order is exactly the approved cart
      await chooseCashOnDelivery(api, buyer, cart)
      const { data: third } = await api.post("/store/distributors/me/approvals", { cart_id: cart }, buyer)
      const { data: placed } = await api.post(
        `/store/distributors/me/approvals/${third.approval.id}/approve`,
        {},
        approver,
      )
      expect(placed.approval.status).toBe("placed")
      const { data: order } = await api.get(`/store/orders/${placed.approval.order_id}`, buyer)
      expect(order.order.items.map((i: any) => [i.variant_sku, i.quantity, i.unit_price])).toEqual([
        ["MO-500", 60, 75000],
      ])
      expect(order.order.total).toBe(third.approval.amount)
      // The buyer's order is the buyer's: the approver does not read it by its id
      expect((await settle(api.get(`/store/orders/${placed.approval.order_id}`, approver))).status).toBe(404)
    })

    it("an approval competes for stock like a checkout: sold out meanwhile, it is refused naming the product and stays pending", async () => {
      const cart = await buyersCartAboveLimit()
      const { data: sent } = await api.post("/store/distributors/me/approvals", { cart_id: cart }, buyer)

      // A retail buyer takes 990 of the 1,000 jars while the approval waits
      const retail = await readyCart(api, plain, {
        regionId: demo.regionId,
        email: "le@example.vn",
        lines: [{ variant_id: variantOf(honey, "MO-500"), quantity: 990 }],
      })
      await chooseCashOnDelivery(api, plain, retail)
      expect((await api.post(`/store/carts/${retail}/complete`, {}, plain)).data.type).toBe("order")

      const refused = await settle(
        api.post(`/store/distributors/me/approvals/${sent.approval.id}/approve`, {}, approver),
      )
      expect([refused.status, refused.data.message]).toEqual([
        400,
        expect.stringMatching(/Not enough stock for .*sold out while you were checking out/),
      ])
      const { data: waiting } = await api.get("/store/distributors/me/approvals?status=pending", approver)
      expect(waiting.approvals.map((a: any) => a.id)).toEqual([sent.approval.id])
    })
  },
})
