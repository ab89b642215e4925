import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { notFound } from "@ocop/plugin-ocop/errors"
import type { SellerRequest } from "../../../../../lib/current-member"
import { presentSellerProducts } from "../../../../../lib/seller-products"
import { assertOwnProduct } from "../../../../../lib/seller-scope"
import { updateSellerProductWorkflow } from "../../../../../workflows/product/workflows/update-seller-product"
import type { SellerUpdateProductType } from "../validators"

/** GET /sellers/me/products/:id → { product } (404 for another seller's product) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req.scope, req.member.seller_id, req.params.id)
  const [product] = await presentSellerProducts(req.scope, [req.params.id])
  res.json({ product })
}

/** POST /sellers/me/products/:id { title?, title_en?, description?, images?, variants?: [{id, title?, title_en?, price_vnd?, stock?}] } → { product } */
export const POST = async (req: SellerRequest<SellerUpdateProductType>, res: MedusaResponse) => {
  await assertOwnProduct(req.scope, req.member.seller_id, req.params.id)
  const variantIds = (req.validatedBody.variants ?? []).map((v) => v.id)
  if (variantIds.length) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "variant",
      fields: ["id"],
      filters: { id: variantIds, product_id: req.params.id },
    })
    const own = new Set((data as { id: string }[]).map((v) => v.id))
    const foreign = variantIds.find((id) => !own.has(id))
    if (foreign) throw notFound(`variant ${foreign} not found in product ${req.params.id}`)
  }
  await updateSellerProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.member.seller_id, product_id: req.params.id },
  })
  const [product] = await presentSellerProducts(req.scope, [req.params.id])
  res.json({ product })
}

/** DELETE /sellers/me/products/:id → { id, deleted } */
export const DELETE = async (req: SellerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req.scope, req.member.seller_id, req.params.id)
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
