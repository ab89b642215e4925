import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { completeCartChecks } from "../../lib/complete-cart-checks"
import { describeUncertified, findProductsWithoutValidCertificate } from "../../lib/publication-guard"
import { findOcopSalesChannel } from "../../lib/sales-channel"

/**
 * At checkout, before the order is created and the payment authorised: a cart in the OCOP sales
 * channel may only hold products whose certificate is valid now. A certificate revoked or expired
 * after the product was added refuses the cart, naming the product; nothing is created.
 * Then the other plugins' checks (lib/complete-cart-checks), compensated if the completion fails.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    await assertCertified(cart, container)
    const done: { name: string; data: unknown }[] = []
    for (const check of completeCartChecks()) {
      try {
        done.push({ name: check.name, data: await check.invoke({ cart_id: (cart as { id: string }).id }, container) })
      } catch (error) {
        await compensate(done, container)
        throw error
      }
    }
    return new StepResponse(undefined, done)
  },
  async (done, { container }) => compensate(done ?? [], container),
)

async function compensate(done: { name: string; data: unknown }[], container: MedusaContainer) {
  const checks = new Map(completeCartChecks().map((check) => [check.name, check]))
  for (const { name, data } of [...done].reverse()) await checks.get(name)?.compensate?.(data, container)
}

async function assertCertified(cart: unknown, container: MedusaContainer) {
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
}
