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
    bank_account: { bank_name: "Agribank Lào Cai", account_number: "1234567890" + n, account_holder: "HTX CHE SHAN TUYET" },
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
