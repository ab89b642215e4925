import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../../../lib/current-member"
import { presentSellerProducts } from "../../../../../../lib/seller-products"
import { assertOwnProduct } from "../../../../../../lib/seller-scope"
import { publishSellerProductWorkflow } from "../../../../../../workflows/product/workflows/publish-seller-product"

/** POST /sellers/me/products/:id/publish → { product } in the OCOP channel, or 400 naming the reason. */
export const POST = async (req: SellerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req.scope, req.member.seller_id, req.params.id)
  await publishSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.member.seller_id, product_id: req.params.id },
  })
  const [product] = await presentSellerProducts(req.scope, [req.params.id])
  res.json({ product })
}
