import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findProductsWithoutValidCertificate } from "../../../../lib/publication-guard"
import type { StoreOcopUncertifiedType } from "../validators"

/**
 * GET /store/ocop/uncertified?product_id=a,b,… (at most 100)
 * → { uncertified: [{ product_id, title, last_certificate: { decision_number, status, valid_until } | null }] }
 *
 * The products among those given that cannot be sold as OCOP now (no certificate valid now; a gift
 * box counts when every part is certified): what a cart warns about before checkout refuses it.
 * The same rule as the checkout's (lib/publication-guard.ts), in two SQL statements for any number
 * of lines. Not cached: a revocation must show at once.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { product_id } = req.validatedQuery as unknown as StoreOcopUncertifiedType
  const uncertified = await findProductsWithoutValidCertificate(req.scope, product_id, new Date())
  res.set("Cache-Control", "no-store")
  res.json({ uncertified })
}
