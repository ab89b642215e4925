import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clock } from "../../../lib/clock"
import { findProductsWithoutValidCertificate } from "../../../lib/publication-guard"
import { findOcopSalesChannel, productsInChannel } from "../../../lib/sales-channel"

type ChannelLink = { [Modules.PRODUCT]: { product_id: string }; [Modules.SALES_CHANNEL]: { sales_channel_id: string } }

export const unpublishProductsStepId = "ocop-unpublish-products"

/**
 * Takes products out of the OCOP sales channel once they hold no valid certificate (a product
 * renewed meanwhile stays). Compensation puts back exactly the links it removed.
 */
export const unpublishProductsStep = createStep(
  unpublishProductsStepId,
  async (input: { product_ids: string[]; now?: string }, { container }) => {
    const channel = input.product_ids.length ? await findOcopSalesChannel(container) : null
    if (!channel) return new StepResponse([] as string[], [] as ChannelLink[])
    const uncertified = await findProductsWithoutValidCertificate(container, input.product_ids, clock(input.now))
    const present = await productsInChannel(
      container,
      channel.id,
      uncertified.map((p) => p.product_id),
    )
    const links: ChannelLink[] = [...present].map((product_id) => ({
      [Modules.PRODUCT]: { product_id },
      [Modules.SALES_CHANNEL]: { sales_channel_id: channel.id },
    }))
    if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
    return new StepResponse([...present], links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
  },
)
