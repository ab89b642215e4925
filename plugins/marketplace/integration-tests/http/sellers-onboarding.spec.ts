import {
  integrationTestRunner,
  privateSellerDocuments,
  demoStore,
  certification,
  settle,
  bearer,
  registerSeller,
  registrationToken,
  sellerBody,
  sellerLogin,
  sellerMember,
} from "@ocop/backend/testing"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"

const sellerModule = (container: any) => container.resolve(SELLER_MODULE) as SellerModuleService

/** A cooperative registers as a seller, invites its staff and is reviewed by an operator. */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let admin: any

    beforeAll(() => {
      admin = demo.admin
    })

    async function sellerCount() {
      const { data } = await api.get("/admin/sellers?limit=100", admin)
      return data.count as number
    }

    it("registers a pending seller that is an OCOP subject, with its owner as the signed-in member", async () => {
      const body = sellerBody(1, {
        legal_name: "Hợp tác xã Mật ong Bắc Hà",
        address: { address_1: "Thôn Na Hối", province_code: "Yên Bái" },
      })
      const token = await registrationToken(api, body.email)
      const created = await api.post("/sellers", body, bearer(token))
      expect(created.status).toBe(201)
      expect(created.data.seller).toMatchObject({
        legal_name: "Hợp tác xã Mật ong Bắc Hà",
        status: "pending",
        tax_code: body.tax_code,
        address: { province_code: "Lào Cai" },
        commission_rate: 8,
      })
      expect(created.data.member).toMatchObject({ email: body.email, role: "owner" })

      const [subject] = await certification(getContainer()).listOcopSubjects({ tax_code: body.tax_code })
      expect(subject).toMatchObject({
        legal_name: "Hợp tác xã Mật ong Bắc Hà",
        province: "Lào Cai",
        historical_province: "Yên Bái",
      })

      const headers = await sellerLogin(api, body.email)
      const me = await api.get("/sellers/me", headers)
      expect(me.data.seller.id).toBe(created.data.seller.id)
      expect(me.data.member).toMatchObject({ role: "owner", email: body.email })

      const detail = await api.get(`/admin/sellers/${created.data.seller.id}`, admin)
      expect(detail.data.seller.ocop_subject.id).toBe(subject.id)

      // One auth identity registers one seller.
      const again = await settle(api.post("/sellers", sellerBody(99), bearer(token)))
      expect(again.status).toBe(400)
    })

    it("refuses bad registrations with 400 naming the field, and writes nothing", async () => {
      await registerSeller(api, 2)
      const before = await sellerCount()
      const [, subjectsBefore] = await certification(getContainer()).listAndCountOcopSubjects({})
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ tax_code: String(5300100000 + 2) }, /tax_code \(unique\)/],
        [{ tax_code: "12345" }, /tax_code \(format\)/],
        [{ tax_code: "0123456789-01" }, /tax_code \(format\)/],
        [{ tax_code: "012345678901" }, /tax_code \(format\).*household/],
        [{ address: { address_1: "Thôn 1", province_code: "Ha Giang" } }, /address\.province_code/],
        [{ status: "approved" }, /status/],
        [{ commission_rate: 0 }, /commission_rate/],
        [{ email: "không-phải-email" }, /email/],
      ]
      for (const [n, [overrides, message]] of cases.entries()) {
        const body = sellerBody(200 + n, overrides)
        const token = await registrationToken(api, `bad${n}@example.vn`)
        const response = await settle(api.post("/sellers", body, bearer(token)))
        expect(response.status, JSON.stringify(overrides)).toBe(400)
        expect(response.data.message, JSON.stringify(overrides)).toMatch(message)
      }
      expect(await sellerCount()).toBe(before)
      const [, subjectsAfter] = await certification(getContainer()).listAndCountOcopSubjects({})
      expect(subjectsAfter).toBe(subjectsBefore)

      // Valid forms: a branch code, and a household business with a 12-digit personal ID.
      const branch = await registerSeller(api, 3, { tax_code: "0123456789-001" })
      expect(branch.seller.tax_code).toBe("0123456789-001")
      const household = await registerSeller(api, 4, { type: "household_business", tax_code: "001204012345" })
      expect(household.seller.type).toBe("household_business")
    })

    it("lets an operator approve or reject (with a reason), filter by status and set a commission", async () => {
      const a = await registerSeller(api, 5)
      const b = await registerSeller(api, 6)
      const noReason = await settle(api.post(`/admin/sellers/${b.seller.id}/reject`, {}, admin))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)

      const approved = await api.post(`/admin/sellers/${a.seller.id}/approve`, {}, admin)
      expect(approved.data.seller).toMatchObject({ status: "approved", rejection_reason: null })
      const rejected = await api.post(
        `/admin/sellers/${b.seller.id}/reject`,
        { reason: "Giấy đăng ký kinh doanh không rõ" },
        admin,
      )
      expect(rejected.data.seller).toMatchObject({
        status: "rejected",
        rejection_reason: "Giấy đăng ký kinh doanh không rõ",
      })
      const twice = await settle(api.post(`/admin/sellers/${b.seller.id}/reject`, { reason: "lần nữa" }, admin))
      expect(twice.status).toBe(400)

      const pending = await api.get("/admin/sellers?status=approved", admin)
      expect(pending.data.sellers.map((s: any) => s.id)).toEqual([a.seller.id])

      const rate = await api.post(`/admin/sellers/${a.seller.id}`, { commission_rate: 5.5 }, admin)
      expect(rate.data.seller.commission_rate).toBe(5.5)
      expect((await api.get("/sellers/me", a.headers)).data.seller).toMatchObject({
        status: "approved",
        commission_rate: 5.5,
      })

      // The seller cannot set its own status or commission.
      const forged = await settle(api.post("/sellers/me", { status: "approved", commission_rate: 0 }, b.headers))
      expect(forged.status).toBe(400)
      expect((await api.get("/sellers/me", b.headers)).data.seller).toMatchObject({
        status: "rejected",
        commission_rate: 8,
      })
      const story = await api.post("/sellers/me", { story: "Câu chuyện mới" }, b.headers)
      expect(story.data.seller.story).toBe("Câu chuyện mới")

      // Sellers, customers and anonymous callers are not operators.
      expect((await settle(api.get("/admin/sellers", a.headers))).status).toBe(401)
      expect((await settle(api.post(`/admin/sellers/${b.seller.id}/approve`, {}))).status).toBe(401)
    })

    it("takes registration documents (PDF, JPEG, PNG by content) that the operator sees before approving", async () => {
      const owner = await registerSeller(api, 8)
      const form = (...files: [name: string, content: Buffer, type: string][]) => {
        const body = new FormData()
        for (const [name, content, type] of files) body.append("files", new Blob([content], { type }), name)
        return body
      }
      const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
      const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")
      const uploaded = await api.post(
        "/sellers/me/documents",
        form(["giấy chứng nhận HTX.pdf", pdf, "application/pdf"], ["mã số thuế.png", png, "image/png"]),
        owner.headers,
      )
      expect(uploaded.status).toBe(201)
      expect(uploaded.data.documents.map((d: any) => [d.filename, d.mime_type, d.size]).sort()).toEqual([
        ["giấy chứng nhận HTX.pdf", "application/pdf", pdf.length],
        ["mã số thuế.png", "image/png", png.length],
      ])

      // Refused whole, nothing stored: a text file named .pdf, a file over 10 MB, an empty request.
      const script = Buffer.from("#!/bin/sh\necho không phải PDF\n")
      const renamed = await settle(
        api.post(
          "/sellers/me/documents",
          form(["đăng ký.pdf", pdf, "application/pdf"], ["hợp đồng.pdf", script, "application/pdf"]),
          owner.headers,
        ),
      )
      expect([renamed.status, renamed.data.message]).toEqual([
        400,
        "files (hợp đồng.pdf): only PDF, JPEG or PNG documents are accepted",
      ])
      const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)])
      const tooBig = await settle(
        api.post("/sellers/me/documents", form(["quét.pdf", big, "application/pdf"]), owner.headers),
      )
      expect([tooBig.status, tooBig.data.message]).toEqual([400, "files: a file is over the limit of 10 MB"])
      const empty = await settle(api.post("/sellers/me/documents", new FormData(), owner.headers))
      expect([empty.status, empty.data.message]).toEqual([400, "files: no file was uploaded"])

      const { data: detail } = await api.get(`/admin/sellers/${owner.seller.id}`, admin)
      expect(detail.seller.status).toBe("pending")
      expect(detail.seller.documents.map((d: any) => d.filename).sort()).toEqual([
        "giấy chứng nhận HTX.pdf",
        "mã số thuế.png",
      ])
      // Private: stored under a random name outside the public folders, served only through
      // authenticated routes (the admin's here, the seller portal's below).
      const adminDocument = detail.seller.documents.find((d: any) => d.mime_type === "application/pdf")
      expect(adminDocument.url).toBe(`/admin/sellers/${owner.seller.id}/documents/${adminDocument.id}/file`)
      const { data: mine } = await api.get("/sellers/me/documents", owner.headers)
      expect(mine.documents).toHaveLength(2)
      const document = mine.documents.find((d: any) => d.mime_type === "application/pdf")
      expect(document.url).toBe(`/sellers/me/documents/${document.id}/file`)
      const stored = (await sellerModule(getContainer()).listSellerDocuments({ id: document.id }))[0]
      expect(stored.file_id).toMatch(/^private-\d+-[0-9a-f-]{36}\.pdf$/) // nothing of the name or of a guessable sequence
      for (const folder of [process.env.OCOP_UPLOAD_DIR!, resolve("static")])
        expect(existsSync(resolve(folder, stored.file_id))).toBe(false)
      expect(readFileSync(resolve(process.env.OCOP_PRIVATE_UPLOAD_DIR!, stored.file_id)).equals(pdf)).toBe(true)
      expect((await settle(api.get(`/static/${stored.file_id}`))).status).toBe(404)

      const download = async (url: string, headers: any) =>
        settle(api.get(url, { ...headers, responseType: "arraybuffer" }))
      const byOwner = await download(document.url, owner.headers)
      expect([byOwner.status, byOwner.headers["content-type"], Buffer.from(byOwner.data).equals(pdf)]).toEqual([
        200,
        "application/pdf",
        true,
      ])
      expect(byOwner.headers["cache-control"]).toBe("private, no-store")
      const byAdmin = await download(adminDocument.url, admin)
      expect([byAdmin.status, Buffer.from(byAdmin.data).equals(pdf)]).toEqual([200, true])
      // A staff member of the same seller downloads it too.
      const staff = await sellerMember(api, owner.headers, "nhanvien8@example.vn", "staff")
      expect((await download(document.url, staff)).status).toBe(200)

      // Another seller sees none of them and cannot download them; nor can anyone signed out.
      const other = await registerSeller(api, 9)
      expect((await api.get("/sellers/me/documents", other.headers)).data.documents).toEqual([])
      expect((await api.get(`/admin/sellers/${other.seller.id}`, admin)).data.seller.documents).toEqual([])
      expect((await download(document.url, other.headers)).status).toBe(404)
      expect((await download(`/admin/sellers/${other.seller.id}/documents/${document.id}/file`, admin)).status).toBe(
        404,
      )
      expect((await download(adminDocument.url, other.headers)).status).toBe(401)
      expect((await download(document.url, {})).status).toBe(401)
    })

    it("moves registration documents stored in the public folder before to private storage", async () => {
      const owner = await registerSeller(api, 10)
      const pdf = Buffer.from("%PDF-1.4\n%%EOF\n")
      const publicName = `private-${Date.now()}-giay-phep.pdf`
      writeFileSync(resolve(process.env.OCOP_UPLOAD_DIR!, publicName), pdf)
      const [old] = await sellerModule(getContainer()).createSellerDocuments([
        {
          seller_id: owner.seller.id,
          file_id: publicName,
          filename: "giấy phép.pdf",
          mime_type: "application/pdf",
          size: pdf.length,
        },
      ])
      await privateSellerDocuments({ container: getContainer() })
      const [moved] = await sellerModule(getContainer()).listSellerDocuments({ id: old.id })
      expect(moved.file_id).not.toBe(publicName)
      expect(existsSync(resolve(process.env.OCOP_UPLOAD_DIR!, publicName))).toBe(false)
      const byOwner = await settle(
        api.get(`/sellers/me/documents/${old.id}/file`, { ...owner.headers, responseType: "arraybuffer" }),
      )
      expect([byOwner.status, Buffer.from(byOwner.data).equals(pdf)]).toEqual([200, true])
    })

    it("invites staff and an accountant with roles, and only the owner manages members", async () => {
      const owner = await registerSeller(api, 7)
      const invite = await api.post(
        "/sellers/me/invites",
        { email: "nhanvien7@example.vn", role: "staff" },
        owner.headers,
      )
      expect(invite.status).toBe(201)
      const staffToken = await registrationToken(api, "nhanvien7@example.vn")
      const accepted = await api.post(
        "/sellers/invites/accept",
        { token: invite.data.invite.token },
        bearer(staffToken),
      )
      expect(accepted.data.member).toMatchObject({ role: "staff", seller_id: owner.seller.id })
      const reused = await settle(
        api.post(
          "/sellers/invites/accept",
          { token: invite.data.invite.token },
          bearer(await registrationToken(api, "x7@example.vn")),
        ),
      )
      expect(reused.status).toBe(400)

      const staff = await sellerLogin(api, "nhanvien7@example.vn")
      expect((await api.get("/sellers/me", staff)).data.member.role).toBe("staff")
      expect(
        (await settle(api.post("/sellers/me/invites", { email: "y@example.vn", role: "staff" }, staff))).status,
      ).toBe(403)
      expect((await settle(api.post("/sellers/me", { story: "x" }, staff))).status).toBe(403)
      expect(
        (await settle(api.post("/sellers/me/invites", { email: "y@example.vn", role: "owner" }, owner.headers))).status,
      ).toBe(400)

      // Roles: staff run the catalogue and orders, the accountant reads payouts only.
      const accountant = await sellerMember(api, owner.headers, "ketoan7@example.vn", "accountant")
      for (const [headers, url, status] of [
        [accountant, "/sellers/me/payouts", 200],
        [accountant, "/sellers/me/payouts/statement.csv?period=2026-11", 200],
        [accountant, "/sellers/me/products", 403],
        [accountant, "/sellers/me/orders", 403],
        [accountant, "/sellers/me/lots", 403],
        [staff, "/sellers/me/payouts", 403],
        [staff, "/sellers/me/payouts/statement.csv?period=2026-11", 403],
        [staff, "/sellers/me/products", 200],
        [staff, "/sellers/me/orders", 200],
        [staff, "/sellers/me/dashboard", 200],
      ] as const) {
        expect([url, (await settle(api.get(url, headers))).status]).toEqual([url, status])
      }

      const members = await api.get("/sellers/me/members", owner.headers)
      expect(members.data.members.map((m: any) => m.role).sort()).toEqual(["accountant", "owner", "staff"])
      const staffId = members.data.members.find((m: any) => m.role === "staff").id
      await api.delete(`/sellers/me/members/${staffId}`, owner.headers)
      // A removed member's token no longer opens anything.
      expect((await settle(api.get("/sellers/me", staff))).status).toBe(401)
    })
  },
})
