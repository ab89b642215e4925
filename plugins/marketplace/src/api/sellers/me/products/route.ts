import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../../lib/current-member"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { listSellerProducts, presentSellerProducts } from "../../../../lib/seller-products"
import { createSellerProductWorkflow } from "../../../../workflows/product/workflows/create-seller-product"
import type { SellerCreateProductType } from "./validators"

/** GET /sellers/me/products?limit=&offset=&order= → { products, count, limit, offset } (this seller's only, newest first) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const page = pageOf(req, { created_at: "DESC", id: "DESC" })
  const [products, count] = await listSellerProducts(req.scope, req.member.seller_id, page)
  res.json({ products, count, limit: page.take, offset: page.skip })
}

/** POST /sellers/me/products → 201 { product } (a draft; publish separately) */
export const POST = async (req: SellerRequest<SellerCreateProductType>, res: MedusaResponse) => {
  const { result: productId } = await createSellerProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.member.seller_id },
  })
  const [product] = await presentSellerProducts(req.scope, [productId])
  res.status(201).json({ product })
}
