import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { listStories } from "../../../../../../lib/stories"
import { publishProductStoryWorkflow } from "../../../../../../workflows/stories/workflows/publish-product-story"
import type { ProductStoryBodyType } from "../../../../../validators/product-story"

/** GET /admin/ocop/products/:id/story → { story } (404 when the product has none) */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [story] = await listStories(req.scope, [req.params.id])
  if (!story) throw notFound(`product ${req.params.id} has no story`)
  res.json({ story })
}

/** POST /admin/ocop/products/:id/story { title, body, photos?, video_url? } → { story } */
export const POST = async (req: AuthenticatedMedusaRequest<ProductStoryBodyType>, res: MedusaResponse) => {
  await publishProductStoryWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id, written_by: "admin" },
  })
  const [story] = await listStories(req.scope, [req.params.id])
  res.json({ story })
}
