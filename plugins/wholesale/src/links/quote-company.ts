import { defineLink } from "@medusajs/framework/utils"
import DistributorModule from "../modules/distributor"
import QuoteModule from "../modules/quote"

/** The distributor company whose member asked: `quote.distributor_company` (read-only, by `company_id`). */
export default defineLink(
  { linkable: QuoteModule.linkable.quote, field: "company_id" },
  DistributorModule.linkable.distributorCompany,
  { readOnly: true },
)
