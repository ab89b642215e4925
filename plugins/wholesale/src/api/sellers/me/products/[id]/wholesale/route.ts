import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { assertOwnProduct } from "@ocop/plugin-marketplace/seller-scope"
import { wholesaleTerms } from "../../../../../../lib/wholesale-terms"
import { setWholesalePricesWorkflow } from "../../../../../../workflows/wholesale-price/workflows/set-wholesale-prices"
import type { SellerWholesaleTermsType } from "./validators"

async function present(req: SellerRequest<any>) {
  const terms = (await wholesaleTerms(req.scope, [req.params.id])).get(req.params.id)!
  return { moq: terms.moq, variants: terms.variants.map(({ price_set_id, ...variant }) => variant) }
}

/** GET /sellers/me/products/:id/wholesale → { wholesale: { moq, variants: [{ variant_id, sku, title, tiers }] } } */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  await assertOwnProduct(req.scope, req.member.seller_id, req.params.id)
  res.json({ wholesale: await present(req) })
}

/** POST /sellers/me/products/:id/wholesale { moq, variants: [{ variant_id, tiers: [{ min_quantity, max_quantity, amount }] }] } */
export const POST = async (req: SellerRequest<SellerWholesaleTermsType>, res: MedusaResponse) => {
  await assertOwnProduct(req.scope, req.member.seller_id, req.params.id)
  await setWholesalePricesWorkflow(req.scope).run({ input: { product_id: req.params.id, ...req.validatedBody } })
  res.json({ wholesale: await present(req) })
}
