import type { BackendClient } from "@ocop/stack"

/** What a seller registers with through the seller API: its sign-in, then its profile (`POST /sellers`). */
export type SellerRegistration = {
  email: string
  password: string
  legal_name: string
  tax_code: string
  type?: "cooperative" | "household_business" | "enterprise" | "cooperative_group"
  phone?: string
  address: { address_1: string; province_code: string }
  bank_account: { bank_name: string; account_number: string; account_holder: string }
}

/** An approved seller: its id, its OCOP subject (for certificates) and a member's bearer token. */
export type ApprovedSeller = { id: string; subjectId: string; token: string }

/** Registers a seller through the seller API (an identity, then the registration): its id, pending approval. */
export async function registerSeller(client: BackendClient, registration: SellerRegistration): Promise<string> {
  const { email, password, ...profile } = registration
  const { token } = await client.call<{ token: string }>("POST", "/auth/seller/emailpass/register", null, {
    email,
    password,
  })
  const { seller } = await client.call<{ seller: { id: string } }>("POST", "/sellers", token, {
    type: "cooperative",
    phone: "0912 345 678",
    email,
    ...profile,
  })
  return seller.id
}

/** The id of a registration waiting for the operator, found by its e-mail (as the operator finds it). */
export async function pendingSellerId(client: BackendClient, email: string) {
  const { sellers } = await client.admin<{ sellers: { id: string; email: string }[] }>(
    "GET",
    "/admin/sellers?status=pending&limit=100",
  )
  const pending = sellers.find((s) => s.email === email)
  if (!pending) throw new Error(`no pending seller registration for ${email}`)
  return pending.id
}

/** The operator approves a seller, by its id or by the e-mail of a pending registration: the seller's id. */
export async function approveSeller(client: BackendClient, seller: { id: string } | { email: string }) {
  const id = "id" in seller ? seller.id : await pendingSellerId(client, seller.email)
  await client.admin("POST", `/admin/sellers/${id}/approve`)
  return id
}

/** A seller member's bearer token. */
export async function sellerToken(client: BackendClient, login: { email: string; password: string }) {
  return (await client.call<{ token: string }>("POST", "/auth/seller/emailpass", null, login)).token
}

/** The OCOP subject an approved seller is (the producer its certificates name). */
export async function sellerSubjectId(client: BackendClient, sellerId: string) {
  const { seller } = await client.admin<{ seller: { ocop_subject: { id: string } | null } }>(
    "GET",
    `/admin/sellers/${sellerId}`,
  )
  if (!seller.ocop_subject) throw new Error(`seller ${sellerId} has no OCOP subject`)
  return seller.ocop_subject.id
}

/** A seller registered through the seller API and approved by the operator, signed in. */
export async function approvedSeller(client: BackendClient, registration: SellerRegistration): Promise<ApprovedSeller> {
  const id = await approveSeller(client, { id: await registerSeller(client, registration) })
  return { id, subjectId: await sellerSubjectId(client, id), token: await sellerToken(client, registration) }
}
