import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { getOcopSalesChannel } from "@ocop/plugin-ocop/sales-channel"

type Container = Pick<MedusaContainer, "resolve">

/**
 * Where sellers' products live: the default shipping profile, and the stock location that serves
 * the OCOP sales channel (stock is counted there).
 */
export async function sellingContext(
  container: Container,
): Promise<{ shipping_profile_id: string; location_id: string }> {
  const [profile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: "default" }, { select: ["id"], take: 1 })
  const channel = await getOcopSalesChannel(container)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: channel.id },
  })
  const locationId = (data[0] as any)?.stock_locations?.[0]?.id as string | undefined
  if (!profile || !locationId) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "the marketplace has no default shipping profile or stock location: run the seed",
    )
  }
  return { shipping_profile_id: profile.id, location_id: locationId }
}
