import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { assertProductsPublishable } from "../../../lib/publication-guard"
import { getOcopSalesChannel, productsInChannel } from "../../../lib/sales-channel"

type ChannelLink = { [Modules.PRODUCT]: { product_id: string }; [Modules.SALES_CHANNEL]: { sales_channel_id: string } }

export const publishProductsStepId = "ocop-publish-products"

/**
 * Puts products into the OCOP sales channel through the publication guard (each must hold a valid
 * certificate). Only missing links are created; compensation removes exactly those.
 */
export const publishProductsStep = createStep(
  publishProductsStepId,
  async (input: { product_ids: string[]; now?: string }, { container }) => {
    if (!input.product_ids.length) return new StepResponse([] as string[], [] as ChannelLink[])
    await assertProductsPublishable(container, input.product_ids, clock(input.now))
    const channel = await getOcopSalesChannel(container)
    const present = await productsInChannel(container, channel.id, input.product_ids)
    const links: ChannelLink[] = [...new Set(input.product_ids)]
      .filter((id) => !present.has(id))
      .map((product_id) => ({
        [Modules.PRODUCT]: { product_id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id },
      }))
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(
      links.map((link) => link[Modules.PRODUCT].product_id),
      links,
    )
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  },
)
