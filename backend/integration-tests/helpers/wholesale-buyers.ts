/** Distributors through the HTTP API: a signed-in customer registers a company, the operator verifies it. */

export const CUSTOMER_PASSWORD = "mật-khẩu-khách-1"

/** A registered, signed-in customer: headers with its bearer token and the publishable key. */
export async function signedInCustomer(api: any, publishableKey: string, email: string) {
  const { data: registered } = await api.post("/auth/customer/emailpass/register", { email, password: CUSTOMER_PASSWORD })
  await api.post("/store/customers", { email, first_name: "Minh", last_name: "Trần" }, {
    headers: { authorization: `Bearer ${registered.token}`, "x-publishable-api-key": publishableKey },
  })
  const { data } = await api.post("/auth/customer/emailpass", { email, password: CUSTOMER_PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}`, "x-publishable-api-key": publishableKey } }
}

export function companyBody(n: number, email: string) {
  return {
    name: `Công ty TNHH Phân phối Đặc sản Việt ${n}`,
    tax_code: String(3100200000 + n),
    invoice_address: `${n} Lê Lợi, phường Bến Thành, TP Hồ Chí Minh`,
    delivery_addresses: [{ label: "Kho Thủ Đức", address_1: "45 Võ Văn Ngân", province: "Hồ Chí Minh" }],
    contact_name: "Trần Minh",
    contact_phone: "0908 123 456",
    contact_email: email,
  }
}

/** A signed-in customer acting for a verified distributor company. */
export async function verifiedDistributor(api: any, admin: any, publishableKey: string, n: number) {
  const email = `nhaphanphoi${n}@example.vn`
  const customer = await signedInCustomer(api, publishableKey, email)
  const { data } = await api.post("/store/distributors", companyBody(n, email), customer)
  await api.post(`/admin/distributors/${data.company.id}/verify`, {}, admin)
  return { ...customer, company: data.company, email }
}
