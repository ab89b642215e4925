/** Shoppers through the store API, the way the storefront signs them up and in. */

export const CUSTOMER_PASSWORD = "mật-khẩu-khách-1"

/** A registered customer's bearer headers with the publishable key (store routes). */
export async function customer(
  api: any,
  publishableKey: string,
  email: string,
  name: { first_name: string; last_name: string } = { first_name: "Minh", last_name: "Trần" },
) {
  const { data: registered } = await api.post("/auth/customer/emailpass/register", {
    email,
    password: CUSTOMER_PASSWORD,
  })
  await api.post(
    "/store/customers",
    { email, ...name },
    { headers: { authorization: `Bearer ${registered.token}`, "x-publishable-api-key": publishableKey } },
  )
  const { data } = await api.post("/auth/customer/emailpass", { email, password: CUSTOMER_PASSWORD })
  return { headers: { authorization: `Bearer ${data.token}`, "x-publishable-api-key": publishableKey } }
}
