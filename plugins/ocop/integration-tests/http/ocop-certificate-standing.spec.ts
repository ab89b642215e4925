import { buildDigitalLink } from "@ocop/plugin-ocop/gs1"
import { addDays, vnDateOf } from "@ocop/plugin-ocop/rules"
import { certification, eventually, integrationTestRunner, settle, demoStore } from "@ocop/backend/testing"

const LIMIT = 6
const REASON = "Kiểm tra chất lượng không đạt: dư lượng kháng sinh vượt ngưỡng / Quality check failed"

/**
 * A certificate that is not valid now never looks valid, on any public surface: the certificate
 * check, the product's own certificate route, the store listing, the search, the store product API,
 * the lot (Digital Link) page and the printed lot label. Every response carries the backend's own
 * verdict (`status`, `valid`, `ended_on`, the reason of a revocation), so no client recomputes dates.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: LIMIT })
    const path = (gtin: string, lot: string) => new URL(buildDigitalLink({ host: "x.invalid", gtin, lot })).pathname

    beforeAll(async () => {
      await eventually(
        () => api.get("/store/ocop/search?limit=1", demo.store()).then((r: any) => r.data),
        (data: any) => expect(data.count).toBe(LIMIT),
        30_000,
      )
    })

    /** A seeded lot, its product and the product's valid certificate. */
    async function lotWithCertificate() {
      const { data } = await api.get("/admin/ocop/lots?limit=1", demo.admin)
      const lot = data.lots[0]
      const [certificate] = await certification(getContainer()).listOcopCertificates(
        { product_id: lot.product_id, status: "valid" },
        { take: 1 },
      )
      const { data: listed } = await api.get(`/store/ocop/products?id=${lot.product_id}`, demo.store())
      return { lot, certificate, product: listed.products[0] }
    }

    it("states a valid certificate as valid on every surface, with stars and valid until", async () => {
      const { lot, certificate, product } = await lotWithCertificate()
      expect(product.ocop).toMatchObject({
        status: "valid",
        valid: true,
        stars: certificate.stars,
        decision_number: certificate.decision_number,
      })

      const verify = await api.get(
        `/store/ocop/certificates/verify?decision_number=${encodeURIComponent(certificate.decision_number)}`,
        demo.store(),
      )
      expect(verify.data.certificate).toMatchObject({
        status: "valid",
        valid: true,
        stars: certificate.stars,
        ended_on: null,
        revocation_reason: null,
      })

      const own = await api.get(`/store/ocop/products/${product.handle}/certificate`, demo.store())
      expect(own.data).toMatchObject({
        product: { id: product.id, handle: product.handle },
        certificate: { valid: true, status: "valid" },
      })

      const trace = await api.get(`/store/ocop/trace${path(lot.gtin14, lot.lot_code)}`, demo.store())
      expect(trace.data.trace.certificate).toMatchObject({
        status: "valid",
        valid: true,
        stars: certificate.stars,
        ended_on: null,
      })

      const search = await api.get(`/store/ocop/search?q=${encodeURIComponent(product.title)}&limit=50`, demo.store())
      expect(search.data.hits.find((hit: any) => hit.id === product.id).certificate).toMatchObject({
        status: "valid",
        valid: true,
      })

      const label = await api.get(`/admin/ocop/lots/${lot.id}/labels?count=1`, demo.admin)
      expect(label.data).toContain(`aria-label="OCOP ${certificate.stars} sao"`)
      expect(label.data).not.toMatch(/thu hồi|Not an OCOP product/)
    })

    it("a revoked certificate: no stars, no mark, no 'valid until' anywhere; revoked with its day and reason", async () => {
      const { lot, certificate, product } = await lotWithCertificate()
      const revoke = await api.post(`/admin/ocop/certificates/${certificate.id}/revoke`, { reason: REASON }, demo.admin)
      expect(revoke.status).toBe(200)
      const today = vnDateOf(new Date())

      const verify = await api.get(
        `/store/ocop/certificates/verify?decision_number=${encodeURIComponent(certificate.decision_number)}`,
        demo.store(),
      )
      expect(verify.data.certificate).toMatchObject({
        decision_number: certificate.decision_number,
        status: "revoked",
        valid: false,
        ended_on: today,
        revoked_at: expect.any(String),
        revocation_reason: REASON,
        product_handle: product.handle,
      })

      // The product left the OCOP channel: the store does not sell it, but its own route says why.
      const own = await api.get(`/store/ocop/products/${product.handle}/certificate`, demo.store())
      expect(own.data.certificate).toMatchObject({
        status: "revoked",
        valid: false,
        ended_on: today,
        revocation_reason: REASON,
      })
      const storeProducts = await api.get(`/store/products?handle=${product.handle}`, demo.store())
      expect(storeProducts.data.products).toEqual([])
      const listing = await api.get(`/store/ocop/products?id=${product.id}`, demo.store())
      expect(listing.data).toMatchObject({ products: [], count: 0 })
      const all = await api.get("/store/ocop/products?limit=100", demo.store())
      expect(all.data.products.map((p: any) => p.id)).not.toContain(product.id)
      expect(all.data.products.every((p: any) => p.ocop.valid === true && p.ocop.status === "valid")).toBe(true)
      await eventually(
        () =>
          api
            .get(`/store/ocop/search?q=${encodeURIComponent(product.title)}&limit=50`, demo.store())
            .then((r: any) => r.data),
        (data: any) => expect(data.hits.map((hit: any) => hit.id)).not.toContain(product.id),
        10_000,
      )

      const trace = await api.get(`/store/ocop/trace${path(lot.gtin14, lot.lot_code)}`, demo.store())
      expect(trace.data.trace.certificate).toMatchObject({
        decision_number: certificate.decision_number,
        status: "revoked",
        valid: false,
        ended_on: today,
        revocation_reason: REASON,
      })

      const label = await api.get(`/admin/ocop/lots/${lot.id}/labels?count=2`, demo.admin)
      expect(label.data).not.toMatch(/class="ocop"|class="stars"|★/)
      const [day, month, year] = [today.slice(8, 10), today.slice(5, 7), today.slice(0, 4)]
      expect(label.data).toContain(
        `Chứng nhận ${certificate.decision_number} đã bị thu hồi ngày ${day}/${month}/${year}`,
      )
      expect(label.data).toContain(`certificate revoked on ${day}/${month}/${year}`)
      expect(label.data).toContain("Kiểm tra chất lượng không đạt")
    })

    it("a certificate past its expiry reads expired at once (before any job marks it), from the day after valid until", async () => {
      const { lot, certificate, product } = await lotWithCertificate()
      // Stored as valid, but its validity ended at the start of today (Vietnam): what a clock, not a job, decides.
      const today = vnDateOf(new Date())
      await certification(getContainer()).updateOcopCertificates({
        id: certificate.id,
        expires_at: new Date(`${today}T00:00:00+07:00`),
      })

      const verify = await api.get(
        `/store/ocop/certificates/verify?decision_number=${encodeURIComponent(certificate.decision_number)}`,
        demo.store(),
      )
      expect(verify.data.certificate).toMatchObject({
        status: "expired",
        valid: false,
        valid_until: addDays(today, -1),
        ended_on: today,
        revocation_reason: null,
      })
      const own = await api.get(`/store/ocop/products/${product.handle}/certificate`, demo.store())
      expect(own.data.certificate).toMatchObject({ status: "expired", valid: false, ended_on: today })
      const listing = await api.get(`/store/ocop/products?id=${product.id}`, demo.store())
      expect(listing.data.count).toBe(0)
      const trace = await api.get(`/store/ocop/trace${path(lot.gtin14, lot.lot_code)}`, demo.store())
      expect(trace.data.trace.certificate).toMatchObject({ status: "expired", valid: false, ended_on: today })
      const label = await api.get(`/admin/ocop/lots/${lot.id}/labels?count=1`, demo.admin)
      expect(label.data).not.toMatch(/class="ocop"|★/)
      expect(label.data).toContain("đã hết hiệu lực từ ngày")
    })

    it("answers 404 for a product that never held a certificate and 400 for a malformed handle", async () => {
      const unknown = await settle(api.get("/store/ocop/products/khong-co-san-pham-nay/certificate", demo.store()))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/No OCOP certificate is recorded/)
      const malformed = await settle(api.get(`/store/ocop/products/${"a".repeat(201)}/certificate`, demo.store()))
      expect(malformed.status).toBe(400)
      const noKey = await settle(api.get("/store/ocop/products/khong-co-san-pham-nay/certificate"))
      expect(noKey.status).toBe(400)
    })
  },
})
