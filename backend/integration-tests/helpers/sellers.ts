import { evaluationBody } from "./ocop"

/** Sellers through the HTTP API the way the portal does: register, log in, call /sellers/me/... */

export const SELLER_PASSWORD = "mật-khẩu-đủ-dài-123"

export function bearer(token: string) {
  return { headers: { authorization: `Bearer ${token}` } }
}

export function sellerBody(n: number, overrides: Record<string, unknown> = {}) {
  return {
    legal_name: `Hợp tác xã Chè Shan Tuyết Số ${n}`,
    type: "cooperative",
    tax_code: String(5300100000 + n),
    email: `htx${n}@example.vn`,
    phone: "0912 345 678",
    address: { address_1: "Thôn Nậm Cang, xã Bắc Hà", province_code: "Lào Cai" },
    bank_account: {
      bank_name: "Agribank Lào Cai",
      account_number: "1234567890" + n,
      account_holder: "HTX CHE SHAN TUYET",
    },
    story: "Chè cổ thụ hái tay trên núi cao.",
    ...overrides,
  }
}

/** A registration token for a new auth identity of the seller actor. */
export async function registrationToken(api: any, email: string) {
  const { data } = await api.post("/auth/seller/emailpass/register", { email, password: SELLER_PASSWORD })
  return data.token as string
}

export async function sellerLogin(api: any, email: string) {
  const { data } = await api.post("/auth/seller/emailpass", { email, password: SELLER_PASSWORD })
  return bearer(data.token)
}

/** Registers a seller (pending) and returns its owner's headers (a token carrying the member). */
export async function registerSeller(api: any, n: number, overrides: Record<string, unknown> = {}) {
  const body = sellerBody(n, overrides)
  const token = await registrationToken(api, body.email)
  const { data } = await api.post("/sellers", body, bearer(token))
  return { seller: data.seller, member: data.member, headers: await sellerLogin(api, body.email) }
}

/**
 * A new member of a seller as its owner brings one in: the owner invites the e-mail address with a
 * role, the person registers and accepts the invitation, then signs in. Returns their headers.
 */
export async function sellerMember(api: any, owner: any, email: string, role: "staff" | "accountant") {
  const { data } = await api.post("/sellers/me/invites", { email, role }, owner)
  await api.post("/sellers/invites/accept", { token: data.invite.token }, bearer(await registrationToken(api, email)))
  return sellerLogin(api, email)
}

/** A registered and approved seller, with its OCOP subject id. */
export async function approvedSeller(api: any, admin: any, n: number, overrides: Record<string, unknown> = {}) {
  const registered = await registerSeller(api, n, overrides)
  await api.post(`/admin/sellers/${registered.seller.id}/approve`, {}, admin)
  const { data } = await api.get(`/admin/sellers/${registered.seller.id}`, admin)
  return { ...registered, subjectId: data.seller.ocop_subject.id as string }
}

export function productBody(sku: string, overrides: Record<string, unknown> = {}) {
  return {
    title: `Chè Shan tuyết ${sku}`,
    description: "Chè xanh sao tay.",
    product_group: 1,
    images: [{ url: "https://example.vn/anh/che.jpg" }],
    variants: [
      { title: "Gói 100 g", sku: `${sku}-100`, price_vnd: 85000, stock: 40 },
      { title: "Hộp 500 g", sku: `${sku}-500`, price_vnd: 390000, stock: 12 },
    ],
    ...overrides,
  }
}

/** An operator certifies a product for a subject (evaluation + decision): valid for three years. */
export async function certifyProduct(
  api: any,
  admin: any,
  subjectId: string,
  productId: string,
  decisionNumber: string,
  evaluation: Record<string, unknown> = {},
) {
  const { data } = await api.post(
    "/admin/ocop/certificates",
    {
      evaluation: evaluationBody(subjectId, productId, 72.5, evaluation),
      decision_number: decisionNumber,
      decision_date: "2025-09-15",
      authority_level: "province",
      authority_name: "UBND tỉnh Lào Cai",
    },
    admin,
  )
  return data.certificate
}

/**
 * The seller's part of an order as the seller finds it, in its own order list by the lines it
 * holds: the split runs on order.placed (a subscriber), so this waits for it.
 */
export async function sellerPartOf(api: any, headers: any, order: { id: string; items: { id: string }[] }) {
  const lineIds = new Set(order.items.map((item) => item.id))
  // Every 50 ms for up to 10 s: the split usually lands within milliseconds of the order.
  for (let attempt = 0; attempt < 200; attempt++) {
    const { data } = await api.get("/sellers/me/orders?limit=100", headers)
    const part = data.orders.find((o: any) => o.items.some((item: any) => lineIds.has(item.id)))
    if (part) return part
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no seller order for ${order.id}`)
}
