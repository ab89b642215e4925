import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MultipartRequest } from "@ocop/plugin-marketplace/multipart-files"
import { signedInCustomer } from "../../../../lib/customers"
import { authorName, presentOwnReview } from "../../../../lib/present"
import { uploadedPhotos } from "../../../../lib/uploaded-photos"
import { createReviewWorkflow } from "../../../../workflows"
import type { StoreCreateReviewType } from "../../../validators"

/**
 * POST /store/ocop/reviews — the signed-in buyer reviews one delivered line of their order, once:
 * multipart (fields line_item_id, rating, title, text; photos as `files`) or JSON (photos as
 * `[{ filename, content: base64 }]`). → 201 { review }.
 * 404 for a line that is not theirs, 400 before delivery or for a bad field or photo, 422 when the
 * line already has their review. Nothing is written when refused.
 */
export const POST = async (
  req: MultipartRequest<AuthenticatedMedusaRequest<StoreCreateReviewType>>,
  res: MedusaResponse,
) => {
  const customer = await signedInCustomer(req)
  const body = req.validatedBody
  const photos = uploadedPhotos(req)
  const { result } = await createReviewWorkflow(req.scope).run({
    input: {
      customer_id: customer.id,
      author_name: authorName(customer),
      line_item_id: body.line_item_id,
      rating: body.rating,
      title: body.title ?? null,
      text: body.text ?? null,
      photos,
    },
  })
  res.status(201).json({ review: presentOwnReview(result) })
}
