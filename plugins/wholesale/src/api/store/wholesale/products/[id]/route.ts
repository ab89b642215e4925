import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@ocop/plugin-ocop/errors"
import { resolveDistributor } from "../../../../../lib/distributor-context"
import { wholesaleTerms } from "../../../../../lib/wholesale-terms"

/** GET /store/wholesale/products/:id → { wholesale: { product_id, moq, variants: [{ variant_id, sku, title, tiers }] } } (verified distributors only) */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await resolveDistributor(req, { verified: true })
  const terms = (await wholesaleTerms(req.scope, [req.params.id])).get(req.params.id)
  if (!terms) throw notFound(`product ${req.params.id} not found`)
  const { title, variants, ...rest } = terms
  res.json({ wholesale: { ...rest, title, variants: variants.map(({ price_set_id, ...variant }) => variant) } })
}
