import { MedusaService } from "@medusajs/framework/utils"
import { Review, ReviewRatingSummary } from "./models"

/** Reviews and rating summaries: generated CRUD (listReviews, createReviews, listReviewRatingSummaries, …). */
class ReviewModuleService extends MedusaService({ Review, ReviewRatingSummary }) {}

export default ReviewModuleService
