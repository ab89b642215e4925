import { integrationTestRunner, settle, firstVariantId, placeCodOrder, demoStore } from "@ocop/backend/testing"
import { PROVINCE_NAMES } from "@ocop/reference"

/** The programme officers' dashboard API: admin only, and figures that match the data. */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 30 })

    it("is for admins only", async () => {
      expect((await settle(api.get("/admin/ocop/programme"))).status).toBe(401)
      expect((await settle(api.get("/admin/ocop/programme/export.csv"))).status).toBe(401)
      expect((await settle(api.get("/admin/ocop/programme", demo.store()))).status).toBe(401)
    })

    it("counts certified products by stars, group and province, and the 34 provinces", async () => {
      const admin = demo.admin
      const { data } = await api.get("/admin/ocop/programme", admin)
      const { data: listed } = await api.get("/store/ocop/products?limit=100", demo.store())
      const products: any[] = listed.products
      expect(data.totals.certified_products).toBe(products.length)
      for (const { stars, products: count } of data.by_stars)
        expect([stars, count]).toEqual([stars, products.filter((p) => p.ocop.stars === stars).length])
      for (const { product_group, products: count } of data.by_group) {
        expect([product_group, count]).toEqual([
          product_group,
          products.filter((p) => p.ocop.product_group === product_group).length,
        ])
      }
      expect(data.provinces.map((p: any) => p.province)).toEqual(PROVINCE_NAMES)
      expect(data.provinces).toHaveLength(34)
      for (const row of data.provinces) {
        expect([row.province, row.certified_products]).toEqual([
          row.province,
          products.filter((p) => p.ocop.province === row.province).length,
        ])
      }
      expect(data.new_per_month.reduce((sum: number, m: any) => sum + m.certificates, 0)).toBeLessThanOrEqual(
        products.length,
      )
      const { within_30_days, within_60_days, within_90_days } = data.expiring
      expect(within_30_days).toBeLessThanOrEqual(within_60_days)
      expect(within_60_days).toBeLessThanOrEqual(within_90_days)
    })

    it("reports an order's sales by province, group and product, and exports the provinces as CSV", async () => {
      const admin = demo.admin
      const { data: listed } = await api.get("/store/ocop/products?limit=100", demo.store())
      const product = listed.products[0]
      const variantId = await firstVariantId(api, demo.store(), demo.regionId, product.id)
      const order = await placeCodOrder(api, demo.store(), {
        regionId: demo.regionId,
        email: "khach@example.com",
        lines: [{ variant_id: variantId, quantity: 3 }],
      })
      const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, admin)
      const sales = Number(placed.order.items[0].unit_price) * 3

      const { data } = await api.get("/admin/ocop/programme", admin)
      expect(data.provinces.find((p: any) => p.province === product.ocop.province)).toMatchObject({ orders: 1, sales })
      expect(data.by_group.find((g: any) => g.product_group === product.ocop.product_group)).toMatchObject({
        orders: 1,
        sales,
      })
      expect(data.top_products).toEqual([
        expect.objectContaining({ product_id: product.id, title: product.title, quantity: 3, orders: 1, sales }),
      ])

      const csv = await api.get("/admin/ocop/programme/export.csv", admin)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const lines = String(csv.data)
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n")
      expect(lines).toHaveLength(35)
      expect(lines[0]).toBe("Tỉnh/thành phố,Sản phẩm OCOP còn hiệu lực,Sản phẩm 5 sao,Chủ thể,Đơn hàng,Doanh số (VND)")
      expect(lines.find((line) => line.startsWith(product.ocop.province))).toMatch(new RegExp(`,1,${sales}$`))
    })
  },
})
