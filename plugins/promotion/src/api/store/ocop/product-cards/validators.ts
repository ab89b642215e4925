import { z } from "@medusajs/framework/zod"
import { recordId, requiredQueryList } from "@ocop/plugin-ocop/validation"
import { StoreProductPage } from "../products/[handle]/page/validators"

/** GET /store/ocop/product-cards?id=a,b,…&region_id=&country_code= (at most 100 products) */
export const StoreProductCards = StoreProductPage.extend({
  id: requiredQueryList(recordId(), 1, 100),
}).strict()
export type StoreProductCardsType = z.infer<typeof StoreProductCards>
