import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { OCOP_SALES_CHANNEL_NAME } from "../constants"

type Container = Pick<MedusaContainer, "resolve">

/** The OCOP sales channel ("Chợ OCOP"), by name; null when it does not exist (yet). */
export async function findOcopSalesChannel(container: Container): Promise<{ id: string; name: string } | null> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [channel] = await salesChannels.listSalesChannels(
    { name: OCOP_SALES_CHANNEL_NAME },
    { select: ["id", "name"], take: 1 },
  )
  return channel ?? null
}

export async function getOcopSalesChannel(container: Container): Promise<{ id: string; name: string }> {
  const channel = await findOcopSalesChannel(container)
  if (!channel) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `The OCOP sales channel "${OCOP_SALES_CHANNEL_NAME}" does not exist: run the seed or create it.`,
    )
  }
  return channel
}

/** Which of `productIds` are in the sales channel (one query on the link table). */
export async function productsInChannel(
  container: Container,
  channelId: string,
  productIds: string[],
): Promise<Set<string>> {
  if (!productIds.length) return new Set()
  const query = container.resolve("query")
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: channelId, product_id: productIds },
  })
  return new Set((data as { product_id: string }[]).map((row) => row.product_id))
}
