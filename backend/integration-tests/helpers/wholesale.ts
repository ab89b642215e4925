import { approvedSeller, certifyProduct, productBody } from "./sellers"
import { customer } from "./customers"

/** Distributors and wholesale through the HTTP API the way the storefront and the seller portal do. */

export function companyBody(n: number, overrides: Record<string, unknown> = {}) {
  return {
    name: `Công ty TNHH Phân phối Đặc sản Việt Số ${n}`,
    tax_code: String(1010200000 + n),
    invoice_address: "Số 5 Lê Duẩn, phường Bến Nghé, TP Hồ Chí Minh",
    delivery_addresses: [{ label: "Kho Thủ Đức", address_1: "Lô B2 KCN Cát Lái", province: "Hồ Chí Minh" }],
    contact_name: "Trần Minh",
    contact_phone: "0908 123 456",
    contact_email: `muahang${n}@phanphoi.vn`,
    ...overrides,
  }
}

/**
 * An approved seller with one certified, published product whose variants have the given SKUs,
 * prices and stock; `sellerOverrides` change its registration (`sellerBody`), as a household business.
 */
export async function sellerWithProduct(
  api: any,
  admin: any,
  n: number,
  variants: { title: string; sku: string; price_vnd: number; stock: number }[],
  sellerOverrides: Record<string, unknown> = {},
) {
  const seller = await approvedSeller(api, admin, n, sellerOverrides)
  const { data } = await api.post(
    "/sellers/me/products",
    productBody(`W${n}`, { title: `Mật ong bạc hà Hà Giang ${n}`, variants }),
    seller.headers,
  )
  await certifyProduct(api, admin, seller.subjectId, data.product.id, `9${n}/QĐ-UBND`)
  await api.post(`/sellers/me/products/${data.product.id}/publish`, {}, seller.headers)
  return { ...seller, product: data.product as { id: string; variants: { id: string; sku: string }[] } }
}

/** A CSV file as the bulk order routes take it (base64 of its bytes). */
export function csvBase64(text: string, bom = false): string {
  return Buffer.from((bom ? "\uFEFF" : "") + text, "utf8").toString("base64")
}

/** A signed-in customer acting for a distributor company verified by the operator (its contact e-mail is the customer's). */
export async function verifiedDistributor(api: any, admin: any, publishableKey: string, n: number) {
  const email = `nhaphanphoi${n}@example.vn`
  const headers = await customer(api, publishableKey, email)
  const { data } = await api.post("/store/distributors", companyBody(n, { contact_email: email }), headers)
  await api.post(`/admin/distributors/${data.company.id}/verify`, {}, admin)
  return { ...headers, company: data.company, email }
}

/** The invitee, signed in, accepts the invitation of the company `companyId` (nobody joins without it). */
export async function acceptInvitation(api: any, invitee: { headers: Record<string, string> }, companyName?: string) {
  const { data } = await api.get("/store/distributors/invitations", invitee)
  const invitation =
    data.invitations.find((i: any) => !companyName || i.company.name === companyName) ?? data.invitations[0]
  if (!invitation) throw new Error("no invitation to accept")
  return (await api.post(`/store/distributors/invitations/${invitation.id}/accept`, {}, invitee)).data
}
