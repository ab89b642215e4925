import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { assertOcopChannelMembersCertified } from "../../lib/publication-guard"

/**
 * The publication guard on the product workflows (admin create/update, batch and CSV import all
 * run them): after the sales-channel links are written, a product in the OCOP sales channel must
 * hold a valid certificate, else the hook throws a 400 naming the product and the workflow rolls
 * back (the products or their updates and the channel links are compensated).
 */
createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertOcopChannelMembersCertified(
    container,
    (products ?? []).map((product: { id: string }) => product.id),
  )
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertOcopChannelMembersCertified(
    container,
    (products ?? []).map((product: { id: string }) => product.id),
  )
})
