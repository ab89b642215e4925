import Medusa from "@medusajs/js-sdk"

/** The backend client, used only from loaders and actions (server side). */
export const sdk = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
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
