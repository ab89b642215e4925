import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import type { SellerRequest } from "../../../../../../../lib/current-member"
import { presentSellerProducts } from "../../../../../../../lib/seller-products"
import { assertOwnProduct } from "../../../../../../../lib/seller-scope"
import { removeSellerVariantWorkflow } from "../../../../../../../workflows/product/workflows/remove-seller-variant"

/** DELETE /sellers/me/products/:id/variants/:variant_id → { product }; 400 while open orders hold the variant. */
export const DELETE = async (req: SellerRequest, res: MedusaResponse) => {
  const { id, variant_id } = req.params
  await assertOwnProduct(req.scope, req.member.seller_id, id)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id"],
    filters: { id: variant_id, product_id: id },
  })
  if (!data.length) throw notFound(`variant ${variant_id} not found in product ${id}`)
  await removeSellerVariantWorkflow(req.scope).run({
    input: { seller_id: req.member.seller_id, product_id: id, variant_id },
  })
  const [product] = await presentSellerProducts(req.scope, [id])
  res.json({ product })
}
