import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { presentSellerProducts } from "../../../../../../lib/seller-products"
import { assertOwnProduct } from "../../../../../../lib/seller-scope"
import { addSellerVariantWorkflow } from "../../../../../../workflows/product/workflows/add-seller-variant"
import type { SellerAddVariantType } from "../../validators"

/** POST /sellers/me/products/:id/variants { title, sku, price_vnd, stock } → 201 { product } */
export const POST = async (req: SellerRequest<SellerAddVariantType>, res: MedusaResponse) => {
  await assertOwnProduct(req.scope, req.member.seller_id, req.params.id)
  await addSellerVariantWorkflow(req.scope).run({ input: { product_id: req.params.id, variant: req.validatedBody } })
  const [product] = await presentSellerProducts(req.scope, [req.params.id])
  res.status(201).json({ product })
}
