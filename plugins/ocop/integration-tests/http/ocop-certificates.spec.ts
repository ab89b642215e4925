import {
  integrationTestRunner,
  SUBJECT,
  certification,
  certificationCounts,
  channelProductIds,
  createBareProduct,
  evaluationBody,
  settle,
  demoStore,
} from "@ocop/backend/testing"
import { ruleSentence } from "@ocop/reference"

/**
 * OCOP certification through the demo.admin API: subjects, evaluations, issuing (and every refusal,
 * with nothing written), renewing, revoking, listing, CSV export, the rules and a product's history.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 12 })

    async function subjectAndProduct(title = "Mật ong bạc hà thử nghiệm") {
      const { data } = await api.post("/admin/ocop/subjects", SUBJECT, demo.admin)
      const product = await createBareProduct(api, demo.admin, title)
      return { subject: data.subject, product }
    }

    function issueBody(subjectId: string, productId: string, total: number, decision: Record<string, unknown> = {}) {
      return {
        evaluation: evaluationBody(subjectId, productId, total),
        decision_number: "9101/QĐ-UBND",
        decision_date: "2025-09-15",
        authority_level: "province",
        authority_name: "UBND tỉnh Lào Cai",
        ...decision,
      }
    }

    describe("admin authentication", () => {
      it("refuses every admin OCOP route without an admin token (401)", async () => {
        for (const [method, url] of [
          ["get", "/admin/ocop/certificates"],
          ["get", "/admin/ocop/subjects"],
          ["get", "/admin/ocop/rules"],
          ["get", "/admin/ocop/certificates/export.csv"],
          ["post", "/admin/ocop/certificates"],
          ["post", "/admin/ocop/evaluations"],
          ["post", "/admin/ocop/subjects"],
        ] as const) {
          const response = await settle(method === "get" ? api.get(url) : api.post(url, {}))
          expect([url, response.status]).toEqual([url, 401])
        }
      })
    })

    describe("subjects", () => {
      it("stores the current province of an old province name and keeps the historical one", async () => {
        const { status, data } = await api.post("/admin/ocop/subjects", SUBJECT, demo.admin)
        expect(status).toBe(201)
        expect(data.subject).toMatchObject({
          province: "Lào Cai",
          historical_province: "Yên Bái",
          tax_code: "5300999001",
        })
        const list = await api.get("/admin/ocop/subjects?q=bạc hà thử&limit=5", demo.admin)
        expect(list.data.count).toBe(1)
        expect(list.data.subjects[0].id).toBe(data.subject.id)
      })

      it("refuses an unknown province, a malformed tax code and a duplicate tax code, naming the field", async () => {
        const unknown = await settle(api.post("/admin/ocop/subjects", { ...SUBJECT, province: "Sài Gòn" }, demo.admin))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/province/)
        const unaccented = await settle(
          api.post("/admin/ocop/subjects", { ...SUBJECT, province: "Lao Cai" }, demo.admin),
        )
        expect(unaccented.status).toBe(400)
        const tax = await settle(api.post("/admin/ocop/subjects", { ...SUBJECT, tax_code: "12345" }, demo.admin))
        expect(tax.status).toBe(400)
        expect(tax.data.message).toMatch(/tax_code/)
        await api.post("/admin/ocop/subjects", SUBJECT, demo.admin)
        const duplicate = await settle(api.post("/admin/ocop/subjects", SUBJECT, demo.admin))
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toMatch(/tax_code \(unique\)/)
      })
    })

    describe("evaluations", () => {
      it("stores the part totals, the total and the computed stars, with the mandatory downgrade", async () => {
        const { subject, product } = await subjectAndProduct()
        const { status, data } = await api.post(
          "/admin/ocop/evaluations",
          evaluationBody(subject.id, product.id, 92.5, { mandatory_unmet: ["export_capacity"] }),
          demo.admin,
        )
        expect(status).toBe(201)
        expect(data.evaluation.total).toBe(92.5)
        expect(data.evaluation.part_a + data.evaluation.part_b + data.evaluation.part_c).toBeCloseTo(92.5, 2)
        expect(data.evaluation.computed_stars).toBe(4)
        const [stored] = await certification(getContainer()).listOcopEvaluations({ id: data.evaluation.id })
        expect(stored.total).toBe(9250) // integer hundredths
      })

      it("refuses criteria out of range and parts that do not add up, naming scores.X.Y and the part", async () => {
        const { subject, product } = await subjectAndProduct()
        const body = evaluationBody(subject.id, product.id, 75)
        const outOfRange = await settle(
          api.post(
            "/admin/ocop/evaluations",
            { ...body, scores: { ...body.scores, A: { ...body.scores.A, A1: 4.5 } } },
            demo.admin,
          ),
        )
        expect(outOfRange.status).toBe(400)
        expect(outOfRange.data.message).toMatch(/scores\.A\.A1/)
        const parts = await settle(api.post("/admin/ocop/evaluations", { ...body, part_b: 25 }, demo.admin))
        expect(parts.status).toBe(400)
        expect(parts.data.message).toMatch(/part_b \(part_sum\)/)
      })

      it("takes the subgroup of Decision 148 by code or label, accents optional, and stores the decision's label", async () => {
        const { subject, product } = await subjectAndProduct()
        for (const given of ["1.3", "thuc pham  che bien", "Processed food"]) {
          const { data } = await api.post(
            "/admin/ocop/evaluations",
            evaluationBody(subject.id, product.id, 75, { subgroup: given }),
            demo.admin,
          )
          expect([given, data.evaluation.subgroup]).toEqual([given, "Thực phẩm chế biến"])
        }
        for (const [product_group, subgroup, message] of [
          [1, "Gốm sứ", /subgroup \(subgroup\): "Gốm sứ" is not a subgroup/],
          [2, "1.5", /subgroup \(subgroup\): "Chè" \(1\.5\) belongs to group 1, not to group 2/],
          [6, "Homestay", /subgroup \(subgroup\).*6\.1 Dịch vụ du lịch cộng đồng/],
        ] as const) {
          const refused = await settle(
            api.post(
              "/admin/ocop/evaluations",
              evaluationBody(subject.id, product.id, 75, { product_group, subgroup }),
              demo.admin,
            ),
          )
          expect([subgroup, refused.status]).toEqual([subgroup, 400])
          expect(refused.data.message).toMatch(message)
        }
      })
    })

    describe("issuing a certificate", () => {
      it("computes the stars, links the certificate to the product and publishes it to the OCOP channel", async () => {
        const { subject, product } = await subjectAndProduct()
        const { status, data } = await api.post(
          "/admin/ocop/certificates",
          issueBody(subject.id, product.id, 72.5),
          demo.admin,
        )
        expect(status).toBe(201)
        expect(data.certificate).toMatchObject({
          stars: 4,
          status: "valid",
          decision_number: "9101/QĐ-UBND",
          decision_date: "2025-09-15",
          valid_until: "2028-09-15",
          expires_at: "2028-09-15T17:00:00.000Z",
          province: "Lào Cai",
          product: { id: product.id, title: product.title, handle: product.handle },
          subject: { id: subject.id, legal_name: SUBJECT.legal_name, type: "cooperative" },
        })
        expect(await channelProductIds(getContainer())).toContain(product.id)
        const listed = await api.get("/store/ocop/products?limit=100", demo.store())
        expect(listed.data.products.find((p: any) => p.id === product.id).ocop).toEqual({
          status: "valid",
          valid: true,
          stars: 4,
          product_group: 1,
          subgroup: "Thực phẩm chế biến",
          province: "Lào Cai",
          producer: SUBJECT.legal_name,
          producer_id: subject.id,
          decision_number: "9101/QĐ-UBND",
          authority: "UBND tỉnh Lào Cai",
          decision_date: "2025-09-15",
          valid_until: "2028-09-15",
        })
        // The subject was registered under its old province (Yên Bái): both names find it.
        for (const province of ["Lào Cai", "Yên Bái"]) {
          const byProvince = await api.get(
            `/store/ocop/products?province=${encodeURIComponent(province)}`,
            demo.store(),
          )
          expect(byProvince.data.products.map((p: any) => p.id)).toEqual([product.id])
        }
        const history = await api.get(`/admin/products/${product.id}/ocop`, demo.admin)
        expect(history.data.current.id).toBe(data.certificate.id)
        expect(history.data.subject.id).toBe(subject.id)
      })

      it("issues from a stored evaluation", async () => {
        const { subject, product } = await subjectAndProduct()
        const { data: evaluation } = await api.post(
          "/admin/ocop/evaluations",
          evaluationBody(subject.id, product.id, 55),
          demo.admin,
        )
        const { data } = await api.post(
          "/admin/ocop/certificates",
          { ...issueBody(subject.id, product.id, 55), evaluation: undefined, evaluation_id: evaluation.evaluation.id },
          demo.admin,
        )
        expect(data.certificate).toMatchObject({ stars: 3, evaluation_id: evaluation.evaluation.id })
        const again = await settle(
          api.post(
            "/admin/ocop/certificates",
            {
              ...issueBody(subject.id, product.id, 55),
              evaluation: undefined,
              evaluation_id: evaluation.evaluation.id,
              decision_number: "9102/QĐ-UBND",
            },
            demo.admin,
          ),
        )
        expect(again.status).toBe(400)
      })

      it("refuses every inconsistent request with a 400 naming the field, and writes nothing", async () => {
        const { subject, product } = await subjectAndProduct()
        const before = await certificationCounts(getContainer())
        const cases: [string, Record<string, unknown>, RegExp][] = [
          [
            "5★ recognised by a province after 1 Jul 2025",
            issueBody(subject.id, product.id, 93),
            /authority_level \(competent_authority\).*ministry/,
          ],
          [
            "a criterion out of range",
            {
              ...issueBody(subject.id, product.id, 75),
              evaluation: {
                ...evaluationBody(subject.id, product.id, 75),
                scores: {
                  ...evaluationBody(subject.id, product.id, 75).scores,
                  C: { ...evaluationBody(subject.id, product.id, 75).scores.C, C7: 6.01 },
                },
              },
            },
            /evaluation\.scores\.C\.C7 \(range\)/,
          ],
          [
            "parts that do not add up",
            {
              ...issueBody(subject.id, product.id, 75),
              evaluation: { ...evaluationBody(subject.id, product.id, 75), part_a: 40, total: 75 },
            },
            /evaluation\.part_a \(part_sum\)/,
          ],
          [
            "a malformed decision number",
            issueBody(subject.id, product.id, 75, { decision_number: "9101/CV-UBND" }),
            /decision_number \(format\)/,
          ],
          [
            "a year segment",
            issueBody(subject.id, product.id, 75, { decision_number: "9101/2025/QĐ-UBND" }),
            /decision_number \(format\)/,
          ],
          [
            "a decision that expired before it is issued",
            issueBody(subject.id, product.id, 75, {
              decision_date: "2022-06-01",
              authority_level: "province",
              evaluation: evaluationBody(subject.id, product.id, 75, { evaluated_at: "2022-05-01" }),
            }),
            /decision_date \(expired\)/,
          ],
          [
            "a decision in the future",
            issueBody(subject.id, product.id, 75, { decision_date: "2099-01-01" }),
            /decision_date \(future\)/,
          ],
          ["a score below 3★", issueBody(subject.id, product.id, 49.99), /certified_level/],
          [
            "a district after the reform",
            issueBody(subject.id, product.id, 60, { authority_level: "district" }),
            /authority_level/,
          ],
          ["an unknown product", issueBody(subject.id, "prod_unknown", 75), /evaluation\.product_id \(exists\)/],
          [
            "a subgroup that is not in Decision 148",
            {
              ...issueBody(subject.id, product.id, 75),
              evaluation: evaluationBody(subject.id, product.id, 75, { subgroup: "Mật ong" }),
            },
            /evaluation\.subgroup \(subgroup\).*1\.2 Thực phẩm thô, sơ chế/,
          ],
          [
            "a subgroup of another group",
            {
              ...issueBody(subject.id, product.id, 75),
              evaluation: evaluationBody(subject.id, product.id, 75, { subgroup: "5.1" }),
            },
            /evaluation\.subgroup \(subgroup\).*group 5/,
          ],
        ]
        for (const [name, body, message] of cases) {
          const response = await settle(api.post("/admin/ocop/certificates", body, demo.admin))
          expect([name, response.status]).toEqual([name, 400])
          expect(response.data.message).toMatch(message)
        }
        expect(await certificationCounts(getContainer())).toEqual(before)
        expect(await channelProductIds(getContainer())).not.toContain(product.id)
      })

      it("refuses a second valid certificate for a product", async () => {
        const { subject, product } = await subjectAndProduct()
        await api.post("/admin/ocop/certificates", issueBody(subject.id, product.id, 72.5), demo.admin)
        const second = await settle(
          api.post(
            "/admin/ocop/certificates",
            issueBody(subject.id, product.id, 72.5, { decision_number: "9102/QĐ-UBND" }),
            demo.admin,
          ),
        )
        expect(second.status).toBe(400)
        expect(second.data.message).toMatch(/one_valid_certificate.*renew/)
        // The demo.admin shows the refusal as it is: the product by its title, never its id.
        expect(second.data.message).toContain(`"${product.title}" already has the valid certificate 9101/QĐ-UBND`)
        expect(second.data.message).not.toContain(product.id)
        // Beside the message, each broken rule with the facts a page says in its language.
        expect(second.data.rules).toEqual([
          {
            field: "evaluation.product_id",
            rule: "one_valid_certificate",
            params: { product: product.title, decision_number: "9101/QĐ-UBND" },
          },
        ])
        expect(ruleSentence(second.data.rules[0], "vi")).toBe(
          `Sản phẩm “${product.title}” đã có giấy chứng nhận OCOP còn hiệu lực: hãy gia hạn giấy đó thay vì cấp giấy mới.`,
        )
      })

      it("lets one decision certify several products, as one document naming each product once", async () => {
        const { subject, product } = await subjectAndProduct()
        const { data: first } = await api.post(
          "/admin/ocop/certificates",
          issueBody(subject.id, product.id, 72.5),
          demo.admin,
        )
        const other = await createBareProduct(api, demo.admin, "Sản phẩm khác")
        const { status, data } = await api.post(
          "/admin/ocop/certificates",
          issueBody(subject.id, other.id, 80),
          demo.admin,
        )
        expect(status).toBe(201)
        expect(data.certificate).toMatchObject({ decision_number: "9101/QĐ-UBND", product_id: other.id })

        // The same issuer's number in the same year with another date would be another decision.
        const third = await createBareProduct(api, demo.admin, "Sản phẩm thứ ba")
        const before = await certificationCounts(getContainer())
        const response = await settle(
          api.post(
            "/admin/ocop/certificates",
            issueBody(subject.id, third.id, 72.5, { decision_date: "2025-09-16" }),
            demo.admin,
          ),
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/decision_number \(same_decision\).*UBND tỉnh Lào Cai.*2025-09-15/)
        expect(await certificationCounts(getContainer())).toEqual(before)

        // A decision names a product once, even after its certificate was revoked.
        await api.post(
          `/admin/ocop/certificates/${first.certificate.id}/revoke`,
          { reason: "Vi phạm an toàn thực phẩm" },
          demo.admin,
        )
        const afterRevocation = await certificationCounts(getContainer())
        const again = await settle(
          api.post("/admin/ocop/certificates", issueBody(subject.id, product.id, 72.5), demo.admin),
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/decision_number \(unique\).*already certifies/)
        expect(again.data.message).toContain(`already certifies "${product.title}"`)
        expect(again.data.message).not.toContain(product.id)
        expect(await certificationCounts(getContainer())).toEqual(afterRevocation)
      })
    })

    describe("decision identity and the competent issuer", () => {
      const SON_LA = {
        legal_name: "Hợp tác xã Chè Shan tuyết Tà Xùa Thử Nghiệm",
        type: "cooperative",
        tax_code: "5500999002",
        address: "Bản Tà Xùa, xã Tà Xùa, tỉnh Sơn La",
        province: "Sơn La",
      }
      const HA_GIANG = {
        legal_name: "Hợp tác xã Chè Hoàng Su Phì Thử Nghiệm",
        type: "cooperative",
        tax_code: "2000999003",
        address: "Thôn Nậm Khòa, xã Nậm Ty, huyện Hoàng Su Phì, tỉnh Hà Giang",
        province: "Tuyên Quang",
        historical_province: "Hà Giang",
      }
      const verify = (query: string) => settle(api.get(`/store/ocop/certificates/verify?${query}`, demo.store()))

      it("accepts another province's decision with the same number, refuses the same issuer's number on another day of the year", async () => {
        const { subject, product } = await subjectAndProduct()
        expect(
          (await api.post("/admin/ocop/certificates", issueBody(subject.id, product.id, 72.5), demo.admin)).status,
        ).toBe(201)
        const { data: sonLa } = await api.post("/admin/ocop/subjects", SON_LA, demo.admin)
        const tea = await createBareProduct(api, demo.admin, "Chè Shan tuyết Tà Xùa")
        const { status, data } = await api.post(
          "/admin/ocop/certificates",
          issueBody(sonLa.subject.id, tea.id, 75, { decision_date: "2025-09-20", authority_name: "UBND tỉnh Sơn La" }),
          demo.admin,
        )
        expect(status).toBe(201)
        expect(data.certificate).toMatchObject({
          decision_number: "9101/QĐ-UBND",
          authority_name: "UBND tỉnh Sơn La",
          decision_date: "2025-09-20",
        })

        // Lào Cai's 9101/QĐ-UBND of 2025 is one decision (2025-09-15); of 2026 it is another.
        const third = await createBareProduct(api, demo.admin, "Mật ong thứ ba")
        const sameYear = await settle(
          api.post(
            "/admin/ocop/certificates",
            issueBody(subject.id, third.id, 72.5, { decision_date: "2025-10-01" }),
            demo.admin,
          ),
        )
        expect(sameYear.status).toBe(400)
        expect(sameYear.data.message).toMatch(/decision_number \(same_decision\).*UBND tỉnh Lào Cai.*2025-09-15/)
        const nextYear = await api.post(
          "/admin/ocop/certificates",
          issueBody(subject.id, third.id, 72.5, {
            decision_date: "2026-01-10",
            evaluation: evaluationBody(subject.id, third.id, 72.5, { evaluated_at: "2026-01-02" }),
          }),
          demo.admin,
        )
        expect(nextYear.status).toBe(201)
      })

      it("refuses an issuer that was not competent for the producer's location on the decision date, and writes nothing", async () => {
        const { subject, product } = await subjectAndProduct()
        const { data: haGiang } = await api.post("/admin/ocop/subjects", HA_GIANG, demo.admin)
        // A Lào Cai producer whose (current) address names no district.
        const { data: laoCai } = await api.post(
          "/admin/ocop/subjects",
          {
            legal_name: "Hợp tác xã Chè Pha Long Thử Nghiệm",
            type: "cooperative",
            tax_code: "5300999077",
            address: "Thôn Pha Long, xã Pha Long, tỉnh Lào Cai",
            province: "Lào Cai",
          },
          demo.admin,
        )
        const before = await certificationCounts(getContainer())
        const early = {
          decision_date: "2025-03-10",
          evaluation: evaluationBody(subject.id, product.id, 72.5, { evaluated_at: "2025-02-20" }),
        }
        const threeStars = (name: string, date = "2024-06-30") => ({
          evaluation: evaluationBody(haGiang.subject.id, product.id, 60, { evaluated_at: "2024-06-01" }),
          decision_number: "512/QĐ-UBND",
          decision_date: date,
          authority_level: "district",
          authority_name: name,
        })
        const cases: [string, Record<string, unknown>, RegExp][] = [
          [
            "another province's committee",
            issueBody(subject.id, product.id, 72.5, { authority_name: "UBND tỉnh Sơn La" }),
            /authority_name \(competent_issuer\).*UBND tỉnh Lào Cai/,
          ],
          [
            "no authority at all",
            issueBody(subject.id, product.id, 72.5, { authority_name: "abc" }),
            /authority_name \(issuer\)/,
          ],
          [
            "a merged province after 1 Jul 2025",
            issueBody(subject.id, product.id, 72.5, { authority_name: "UBND tỉnh Yên Bái" }),
            /authority_name \(issuer\).*Yên Bái/,
          ],
          [
            "the merged unit before 1 Jul 2025",
            issueBody(subject.id, product.id, 72.5, { ...early, authority_name: "UBND tỉnh Lào Cai" }),
            /authority_name \(competent_issuer\).*UBND tỉnh Yên Bái/,
          ],
          [
            "a district with no name",
            threeStars("UBND cấp huyện, tỉnh Hà Giang"),
            /authority_name \(issuer\).*named district/,
          ],
          [
            "another district than the address's",
            threeStars("UBND huyện Bắc Quang"),
            /authority_name \(competent_issuer\).*Hoàng Su Phì/,
          ],
          [
            "a district of another former province, named alone",
            {
              ...threeStars("UBND huyện Hoàng Su Phì"),
              evaluation: evaluationBody(laoCai.subject.id, product.id, 60, { evaluated_at: "2024-06-01" }),
            },
            /authority_name \(competent_issuer\).*huyện Hoàng Su Phì was a district of Hà Giang, not of Lào Cai/,
          ],
          [
            "a district on 1 Jul 2025",
            threeStars("UBND huyện Hoàng Su Phì", "2025-07-01"),
            /authority_level \(competent_authority\)/,
          ],
          [
            "the former ministry after 1 Mar 2025",
            issueBody(subject.id, product.id, 93, {
              decision_date: "2025-03-10",
              evaluation: evaluationBody(subject.id, product.id, 93, { evaluated_at: "2025-02-20" }),
              authority_level: "ministry",
              authority_name: "Bộ Nông nghiệp và Phát triển nông thôn",
              decision_number: "1201/QĐ-BNN-VPĐP",
            }),
            /authority_name \(ministry_name\)/,
          ],
        ]
        for (const [name, body, message] of cases) {
          const response = await settle(api.post("/admin/ocop/certificates", body, demo.admin))
          expect([name, response.status]).toEqual([name, 400])
          expect([name, response.data.message]).toEqual([name, expect.stringMatching(message)])
        }
        expect(await certificationCounts(getContainer())).toEqual(before)

        // A district of the producer's former province, named alone, is recorded with its province.
        const phaLong = await createBareProduct(api, demo.admin, "Chè Shan tuyết Pha Long")
        const { data: accepted } = await api.post(
          "/admin/ocop/certificates",
          {
            ...threeStars("UBND huyện Mường Khương"),
            evaluation: evaluationBody(laoCai.subject.id, phaLong.id, 60, { evaluated_at: "2024-06-01" }),
          },
          demo.admin,
        )
        expect(accepted.certificate.authority_name).toBe("UBND huyện Mường Khương, tỉnh Lào Cai")

        // The district of the address, named alone, is recorded with its province.
        const { data } = await api.post("/admin/ocop/certificates", threeStars("UBND huyện Hoàng Su Phì"), demo.admin)
        expect(data.certificate).toMatchObject({
          stars: 3,
          authority_level: "district",
          authority_name: "UBND huyện Hoàng Su Phì, tỉnh Hà Giang",
        })
      })

      it("finds a number typed without a Vietnamese keyboard, and lists every issuer of an ambiguous number", async () => {
        const { subject, product } = await subjectAndProduct()
        const issued = await api.post(
          "/admin/ocop/certificates",
          issueBody(subject.id, product.id, 72.5, { decision_number: " 9101 / qd - ubnd " }),
          demo.admin,
        )
        expect(issued.data.certificate.decision_number).toBe("9101/QĐ-UBND")
        for (const typed of ["9101/QD-UBND", "9101/qđ-ubnd", " 9101 / QD - UBND "]) {
          const { status, data } = await verify(`decision_number=${encodeURIComponent(typed)}`)
          expect([typed, status]).toEqual([typed, 200])
          expect(data).toMatchObject({
            ambiguous: false,
            certificate: { decision_number: "9101/QĐ-UBND", authority: "UBND tỉnh Lào Cai" },
          })
        }
        const listed = await api.get(`/admin/ocop/certificates?q=${encodeURIComponent("9101/QD-UBND")}`, demo.admin)
        expect(listed.data.certificates.map((c: any) => c.id)).toEqual([issued.data.certificate.id])

        const { data: sonLa } = await api.post("/admin/ocop/subjects", SON_LA, demo.admin)
        const tea = await createBareProduct(api, demo.admin, "Chè Shan tuyết Tà Xùa")
        await api.post(
          "/admin/ocop/certificates",
          issueBody(sonLa.subject.id, tea.id, 75, { decision_date: "2025-09-20", authority_name: "UBND tỉnh Sơn La" }),
          demo.admin,
        )

        const both = await verify(`decision_number=${encodeURIComponent("9101/QD-UBND")}`)
        expect(both.status).toBe(200)
        expect(both.data.ambiguous).toBe(true)
        expect(both.data.certificate).toBeNull()
        expect(both.data.certificates.map((c: any) => [c.authority, c.decision_date, c.product_title])).toEqual([
          ["UBND tỉnh Sơn La", "2025-09-20", tea.title],
          ["UBND tỉnh Lào Cai", "2025-09-15", product.title],
        ])
        const narrowed = await verify(
          `decision_number=${encodeURIComponent("9101/QĐ-UBND")}&issuer=${encodeURIComponent("son la")}`,
        )
        expect(narrowed.data).toMatchObject({
          ambiguous: false,
          certificate: { authority: "UBND tỉnh Sơn La", product_title: tea.title },
        })
        expect(narrowed.data.certificates).toHaveLength(1)
        const otherYear = await verify(`decision_number=${encodeURIComponent("9101/QĐ-UBND")}&year=2024`)
        expect(otherYear.status).toBe(404)
      })
    })

    describe("renewing a certificate", () => {
      it("supersedes the old certificate, which keeps its period, and issues the new stars", async () => {
        const { subject, product } = await subjectAndProduct()
        const { data: first } = await api.post(
          "/admin/ocop/certificates",
          // Before 1 Jul 2025 the producer, formerly in Yên Bái, was recognised by Yên Bái's committee.
          issueBody(subject.id, product.id, 72.5, {
            decision_date: "2025-03-10",
            authority_name: "UBND tỉnh Yên Bái",
            evaluation: evaluationBody(subject.id, product.id, 72.5, { evaluated_at: "2025-02-20" }),
          }),
          demo.admin,
        )
        const { status, data } = await api.post(
          `/admin/ocop/certificates/${first.certificate.id}/renew`,
          {
            evaluation: evaluationBody(subject.id, product.id, 91.25, { evaluated_at: "2025-10-01" }),
            decision_number: "2361/QĐ-BNNMT",
            decision_date: "2025-11-05",
            authority_level: "ministry",
            authority_name: "Bộ Nông nghiệp và Môi trường",
          },
          demo.admin,
        )
        expect(status).toBe(201)
        expect(data.certificate).toMatchObject({
          stars: 5,
          status: "valid",
          replaces_id: first.certificate.id,
          valid_until: "2028-11-05",
        })
        expect(data.previous).toMatchObject({
          id: first.certificate.id,
          status: "superseded",
          stars: 4,
          decision_date: "2025-03-10",
          valid_until: "2028-03-10",
        })
        const history = await api.get(`/admin/products/${product.id}/ocop`, demo.admin)
        expect(history.data.current.id).toBe(data.certificate.id)
        expect(history.data.history.map((c: any) => c.status)).toEqual(["valid", "superseded"])
        expect(await channelProductIds(getContainer())).toContain(product.id)
      })

      it("can lower the stars and refuses a re-evaluation of another product", async () => {
        const { subject, product } = await subjectAndProduct()
        const { data: first } = await api.post(
          "/admin/ocop/certificates",
          issueBody(subject.id, product.id, 80),
          demo.admin,
        )
        const other = await createBareProduct(api, demo.admin, "Sản phẩm khác")
        const wrong = await settle(
          api.post(
            `/admin/ocop/certificates/${first.certificate.id}/renew`,
            { ...issueBody(subject.id, other.id, 60), decision_number: "9201/QĐ-UBND", decision_date: "2025-10-01" },
            demo.admin,
          ),
        )
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/same_product/)
        const { data } = await api.post(
          `/admin/ocop/certificates/${first.certificate.id}/renew`,
          { ...issueBody(subject.id, product.id, 60), decision_number: "9201/QĐ-UBND", decision_date: "2025-10-01" },
          demo.admin,
        )
        expect(data.certificate.stars).toBe(3)
        expect(data.previous.status).toBe("superseded")
      })
    })

    describe("revoking a certificate", () => {
      it("needs a reason; the product leaves the OCOP channel and the store listings", async () => {
        const container = getContainer()
        const [certificate] = await certification(container).listOcopCertificates(
          { status: "valid" },
          { take: 1, order: { decision_number: "ASC" } },
        )
        const before = await api.get("/store/products?limit=100&fields=id", demo.store())
        expect(before.data.products.map((p: any) => p.id)).toContain(certificate.product_id)

        const noReason = await settle(
          api.post(`/admin/ocop/certificates/${certificate.id}/revoke`, { reason: " " }, demo.admin),
        )
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)
        const missing = await settle(api.post(`/admin/ocop/certificates/${certificate.id}/revoke`, {}, demo.admin))
        expect(missing.status).toBe(400)

        const { data } = await api.post(
          `/admin/ocop/certificates/${certificate.id}/revoke`,
          { reason: "Kết quả kiểm nghiệm không đạt chỉ tiêu vi sinh" },
          demo.admin,
        )
        expect(data.certificate).toMatchObject({
          status: "revoked",
          revocation_reason: "Kết quả kiểm nghiệm không đạt chỉ tiêu vi sinh",
        })
        expect(data.certificate.revoked_at).toEqual(expect.any(String))

        const ocop = await api.get("/store/ocop/products?limit=100", demo.store())
        expect(ocop.data.products.map((p: any) => p.id)).not.toContain(certificate.product_id)
        const after = await api.get("/store/products?limit=100&fields=id", demo.store())
        expect(after.data.products.map((p: any) => p.id)).not.toContain(certificate.product_id)
        expect(after.data.count).toBe(before.data.count - 1)

        const twice = await settle(
          api.post(`/admin/ocop/certificates/${certificate.id}/revoke`, { reason: "again" }, demo.admin),
        )
        expect(twice.status).toBe(400)
        const verify = await api.get(
          `/store/ocop/certificates/verify?decision_number=${encodeURIComponent(certificate.decision_number)}`,
          demo.store(),
        )
        expect(verify.data.certificate.status).toBe("revoked")
      })
    })

    describe("listing and exporting", () => {
      it("filters by status, stars, province, group and expiry, with product and subject", async () => {
        const all = await api.get("/admin/ocop/certificates?limit=100", demo.admin)
        expect(all.data.count).toBe(12)
        expect(all.data.certificates[0]).toMatchObject({
          product: { id: expect.any(String), title: expect.any(String), handle: expect.any(String) },
          subject: { id: expect.any(String), legal_name: expect.any(String), type: expect.any(String) },
        })
        const four = await api.get("/admin/ocop/certificates?stars=4&status=valid&limit=100", demo.admin)
        expect(four.data.certificates.every((c: any) => c.stars === 4 && c.status === "valid")).toBe(true)
        expect(four.data.count).toBe(all.data.certificates.filter((c: any) => c.stars === 4).length)

        const province = all.data.certificates[0].province
        const byProvince = await api.get(
          `/admin/ocop/certificates?province=${encodeURIComponent(province)}`,
          demo.admin,
        )
        expect(byProvince.data.count).toBeGreaterThan(0)
        expect(byProvince.data.certificates.every((c: any) => c.province === province)).toBe(true)

        const group = all.data.certificates[0].product_group
        const byGroup = await api.get(`/admin/ocop/certificates?product_group=${group}`, demo.admin)
        expect(byGroup.data.certificates.every((c: any) => c.product_group === group)).toBe(true)

        const expiring = await api.get("/admin/ocop/certificates?expiring_within_days=30", demo.admin)
        const soon = Date.now() + 30 * 24 * 3600 * 1000
        expect(
          expiring.data.certificates.every(
            (c: any) => new Date(c.expires_at).getTime() <= soon && c.status === "valid",
          ),
        ).toBe(true)
        expect(expiring.data.count).toBe(
          all.data.certificates.filter((c: any) => new Date(c.expires_at).getTime() <= soon).length,
        )

        const ordered = await api.get("/admin/ocop/certificates?order=expires_at&limit=100", demo.admin)
        const expiries = ordered.data.certificates.map((c: any) => c.expires_at)
        expect(expiries).toEqual([...expiries].sort())
        // Descending, and pages that neither overlap nor skip (id breaks ties between equal stars)
        const byStars = (offset: number) =>
          api.get(`/admin/ocop/certificates?order=-stars&limit=5&offset=${offset}`, demo.admin).then((r: any) => r.data)
        const [first, second] = [await byStars(0), await byStars(5)]
        expect([first.limit, first.offset, second.offset]).toEqual([5, 0, 5])
        const paged = [...first.certificates, ...second.certificates]
        expect(paged.map((c: any) => c.stars)).toEqual(
          paged.map((c: any) => c.stars).sort((a: number, b: number) => b - a),
        )
        expect(new Set(paged.map((c: any) => c.id)).size).toBe(Math.min(10, first.count))

        const q = all.data.certificates[3].decision_number
        const search = await api.get(`/admin/ocop/certificates?q=${encodeURIComponent(q)}`, demo.admin)
        expect(search.data.certificates.map((c: any) => c.decision_number)).toContain(q)

        const one = await api.get(`/admin/ocop/certificates/${all.data.certificates[0].id}`, demo.admin)
        expect(one.data.certificate.evaluation.total).toEqual(expect.any(Number))
        const unknown = await settle(api.get("/admin/ocop/certificates/ocert_unknown", demo.admin))
        expect(unknown.status).toBe(404)
      })

      it("refuses bad filters with a 400 naming the filter", async () => {
        for (const [query, field] of [
          ["stars=2", /stars/],
          ["status=lapsed", /status/],
          ["province=Sai%20Gon", /province/],
          ["order=price", /order/],
          ["product_group=7", /product_group/],
          ["colour=red", /colour/],
          ["order=-password", /order/],
          ["limit=0", /limit/],
          ["limit=101", /limit/],
          ["limit=abc", /limit/],
          ["offset=-1", /offset/],
          ["fields=*subject", /fields/],
        ] as const) {
          const response = await settle(api.get(`/admin/ocop/certificates?${query}`, demo.admin))
          expect([query, response.status]).toEqual([query, 400])
          expect(response.data.message).toMatch(field)
        }
      })

      it("exports the filtered list as CSV in UTF-8 with a BOM", async () => {
        const response = await api.get("/admin/ocop/certificates/export.csv?stars=3,4,5", {
          ...demo.admin,
          responseType: "arraybuffer",
        })
        expect(response.headers["content-type"]).toMatch(/^text\/csv/)
        const bytes = Buffer.from(response.data)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const lines = bytes.toString("utf8").slice(1).trim().split(/\r?\n/)
        expect(lines[0]).toMatch(/^Số quyết định \/ Decision number,Số sao \/ Stars/)
        expect(lines).toHaveLength(13)
      })
    })

    describe("rules", () => {
      it("serves the score sheet and the mandatory criteria for the admin form", async () => {
        const { data } = await api.get("/admin/ocop/rules", demo.admin)
        expect(data.parts.map((p: any) => [p.code, p.max])).toEqual([
          ["A", 40],
          ["B", 25],
          ["C", 35],
        ])
        expect(data.parts[0].criteria[0]).toMatchObject({
          code: "A1",
          label_vi: expect.any(String),
          label_en: expect.any(String),
          max: expect.any(Number),
        })
        expect(data.mandatory_criteria.find((c: any) => c.code === "food_safety")).toMatchObject({
          from_stars: 3,
          product_groups: [1, 2, 3],
        })
        expect(data.star_bands).toEqual([
          { stars: 5, min_total: 90 },
          { stars: 4, min_total: 70 },
          { stars: 3, min_total: 50 },
        ])
        expect(data.provinces).toHaveLength(34)
      })
    })
  },
})
