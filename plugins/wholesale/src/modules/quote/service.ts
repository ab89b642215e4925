import { MedusaService } from "@medusajs/framework/utils"
import { Quote, QuoteMessage } from "./models"

/** Quotes (RFQ) and their messages (generated CRUD; processes in src/workflows/quote). */
class QuoteModuleService extends MedusaService({ Quote, QuoteMessage }) {}

export default QuoteModuleService
