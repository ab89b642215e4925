import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { assertOwnProduct } from "@ocop/plugin-marketplace/seller-scope"
import { notFound } from "@ocop/plugin-ocop/errors"
import { listStories } from "../../../../../../lib/stories"
import { publishProductStoryWorkflow } from "../../../../../../workflows/stories/workflows/publish-product-story"
import type { ProductStoryBodyType } from "../../../../../validators/product-story"

/** GET /sellers/me/products/:id/story → { story } (404 for another seller's product, or no story yet) */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req.scope, req.member.seller_id, req.params.id)
  const [story] = await listStories(req.scope, [req.params.id])
  if (!story) throw notFound(`product ${req.params.id} has no story yet`)
  res.json({ story })
}

/** POST /sellers/me/products/:id/story { title, body, photos?, video_url? } → { story }: the producer publishes its product's story. */
export const POST = async (req: SellerRequest<ProductStoryBodyType>, res: MedusaResponse) => {
  await assertOwnProduct(req.scope, req.member.seller_id, req.params.id)
  await publishProductStoryWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id, written_by: req.member.id },
  })
  const [story] = await listStories(req.scope, [req.params.id])
  res.json({ story })
}
