import Medusa, { FetchError } from "@medusajs/js-sdk"

/**
 * The backend client, used only from loaders and actions (server side). It never stores a
 * customer token ("nostore"): each call that acts for a customer passes the token from the
 * buyer's own session cookie in its headers (see authHeaders), so buyers cannot leak into each other.
 */
export const sdk = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

let vietnamRegionId: Promise<string | undefined> | undefined

/** The Vietnam (VND) region, whose prices the storefront shows by default. */
export function getVietnamRegionId() {
  vietnamRegionId ??= sdk.store.region
    .list({ fields: "id,currency_code" })
    .then(({ regions }) => regions.find((region) => region.currency_code === "vnd")?.id)
    .catch((error) => {
      vietnamRegionId = undefined
      throw error
    })
  return vietnamRegionId
}

export async function requireVietnamRegionId() {
  const id = await getVietnamRegionId()
  if (!id) {
    vietnamRegionId = undefined
    throw new Error("The backend has no region in VND (Vietnam); run the seed.")
  }
  return id
}

/** Headers for a call made on behalf of a signed-in customer. */
export function authHeaders(token: string | null | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {}
}

export function errorStatus(error: unknown) {
  return error instanceof FetchError ? error.status : undefined
}

export function errorMessage(error: unknown) {
  return error instanceof Error ? error.message : String(error)
}

export function isNotFound(error: unknown) {
  return errorStatus(error) === 404
}

export { FetchError }

// Store API types, derived from the SDK (so @medusajs/types need not be a direct dependency).
type Store = Medusa["store"]
export type StoreCart = Awaited<ReturnType<Store["cart"]["retrieve"]>>["cart"]
export type StoreCartAddress = NonNullable<StoreCart["shipping_address"]>
export type StoreOrder = Awaited<ReturnType<Store["order"]["retrieve"]>>["order"]
export type StoreCustomer = Awaited<ReturnType<Store["customer"]["retrieve"]>>["customer"]
export type StoreCustomerAddress = NonNullable<StoreCustomer["addresses"]>[number]
export type StoreShippingOption = Awaited<
  ReturnType<Store["fulfillment"]["listCartOptions"]>
>["shipping_options"][number]
