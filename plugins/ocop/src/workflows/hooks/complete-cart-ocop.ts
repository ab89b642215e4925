import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { describeUncertified, findProductsWithoutValidCertificate } from "../../lib/publication-guard"
import { findOcopSalesChannel } from "../../lib/sales-channel"

/**
 * At checkout, before the order is created and the payment authorised: a cart in the OCOP sales
 * channel may only hold products whose certificate is valid now. A certificate revoked or expired
 * after the product was added refuses the cart, naming the product; nothing is created.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const channel = await findOcopSalesChannel(container)
  if (!channel || !cart || (cart as { sales_channel_id?: string }).sales_channel_id !== channel.id) return
  const items = (
    (cart as { items?: { product_id?: string | null; product_title?: string | null }[] }).items ?? []
  ).filter((item) => !!item?.product_id)
  const uncertified = await findProductsWithoutValidCertificate(
    container,
    items.map((item) => item.product_id!),
    new Date(),
  )
  if (!uncertified.length) return
  const messages = uncertified.map((product) => {
    const title = items.find((item) => item.product_id === product.product_id)?.product_title ?? product.title
    const verb = product.last_certificate ? "is no longer OCOP-certified" : "is not OCOP-certified"
    return `"${title}" ${verb} (${describeUncertified(product)}): remove it from the cart to complete the order`
  })
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, messages.join("; "))
})
