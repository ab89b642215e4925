import { MedusaService } from "@medusajs/framework/utils"
import { RatingSummary, Review } from "./models"

/** Reviews and rating summaries: generated CRUD (listReviews, createReviews, listRatingSummaries, …). */
class ReviewModuleService extends MedusaService({ Review, RatingSummary }) {}

export default ReviewModuleService
