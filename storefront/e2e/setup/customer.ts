import type { BackendClient } from "@ocop/stack"

/** A customer account registered through the store API, signed in: its e-mail and bearer token. */
export async function registeredCustomer(
  client: BackendClient,
  customer: { email: string; password: string; first_name: string; last_name: string },
) {
  const { email, password, ...name } = customer
  const { token: registration } = await client.call<{ token: string }>(
    "POST",
    "/auth/customer/emailpass/register",
    null,
    { email, password },
  )
  await client.call("POST", "/store/customers", registration, { email, ...name })
  const { token } = await client.call<{ token: string }>("POST", "/auth/customer/emailpass", null, { email, password })
  return { email, token }
}
