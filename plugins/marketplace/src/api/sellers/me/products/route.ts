import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../lib/current-member"
import { presentSellerProducts } from "../../../../lib/seller-products"
import { sellerProductIds } from "../../../../lib/seller-scope"
import { createSellerProductWorkflow } from "../../../../workflows/product/workflows/create-seller-product"
import type { SellerCreateProductType } from "./validators"

/** GET /sellers/me/products → { products } (this seller's only) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const ids = await sellerProductIds(req.scope, req.member.seller_id)
  res.json({ products: await presentSellerProducts(req.scope, ids) })
}

/** POST /sellers/me/products → 201 { product } (a draft; publish separately) */
export const POST = async (req: SellerRequest<SellerCreateProductType>, res: MedusaResponse) => {
  const { result: productId } = await createSellerProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.member.seller_id },
  })
  const [product] = await presentSellerProducts(req.scope, [productId])
  res.status(201).json({ product })
}
