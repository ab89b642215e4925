import type { MedusaResponse } from "@medusajs/framework/http"
import { presentTradeItem } from "@ocop/plugin-ocop/lots"
import { registerTradeItemWorkflow } from "@ocop/plugin-ocop/workflows/traceability"
import type { SellerRequest } from "../../../../lib/current-member"
import { assertOwnVariant } from "../../../../lib/seller-lots"
import { sellerVariantGtins } from "../../../../lib/seller-trade-items"

/** GET /sellers/me/trade-items → { variants: [{ variant_id, product_title, variant_title, gtin14 | null, … }] } */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  res.json({ variants: await sellerVariantGtins(req.scope, req.member.seller_id) })
}

/**
 * POST /sellers/me/trade-items { variant_id, gtin } → 201 { trade_item }: gives one of the
 * seller's variants its GTIN (8, 12, 13 or 14 digits, GS1 check digit, not another product's).
 * Another seller's variant is a 404.
 */
export const POST = async (req: SellerRequest<{ variant_id: string; gtin: string }>, res: MedusaResponse) => {
  await assertOwnVariant(req.scope, req.member.seller_id, req.validatedBody.variant_id)
  const { result } = await registerTradeItemWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ trade_item: presentTradeItem(result as Record<string, any>) })
}
