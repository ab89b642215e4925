import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { MultipartRequest } from "@ocop/plugin-marketplace/multipart-files"
import { signedInCustomer } from "../../../../../lib/customers"
import { presentOwnReview } from "../../../../../lib/present"
import { uploadedPhotos } from "../../../../../lib/uploaded-photos"
import { updateOwnReviewWorkflow } from "../../../../../workflows"
import type { StoreUpdateReviewType } from "../../../../validators"

/**
 * POST /store/ocop/reviews/:id { rating?, title?, text?, remove_photos?: [photo id] } → { review }:
 * the author edits their own review, as JSON (new photos as `photos: [{ filename, content: base64 }]`)
 * or multipart (new photos as `files`, `remove_photos` repeated). The photos kept and added stay
 * within the limit (400 otherwise, nothing changed). Another's review is 404. A hidden review stays
 * hidden.
 */
export const POST = async (
  req: MultipartRequest<AuthenticatedMedusaRequest<StoreUpdateReviewType>>,
  res: MedusaResponse,
) => {
  const customer = await signedInCustomer(req)
  const { rating, title, text, remove_photos } = req.validatedBody
  const photos = uploadedPhotos(req)
  if ([rating, title, text].every((value) => value === undefined) && !remove_photos?.length && !photos.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "give the rating, title, text or photos to change")
  }
  const { result } = await updateOwnReviewWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: customer.id, rating, title, text, remove_photos, photos },
  })
  res.json({ review: presentOwnReview(result) })
}
