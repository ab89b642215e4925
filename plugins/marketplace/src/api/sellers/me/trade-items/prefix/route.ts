import type { MedusaResponse } from "@medusajs/framework/http"
import { presentTradeItem } from "@ocop/plugin-ocop/lots"
import { registerTradeItemWorkflow } from "@ocop/plugin-ocop/workflows/traceability"
import type { SellerRequest } from "../../../../../lib/current-member"
import { gtinsFromPrefix } from "../../../../../lib/seller-trade-items"

/**
 * POST /sellers/me/trade-items/prefix { company_prefix } → 201 { trade_items }: gives every
 * variant of the seller without a GTIN (services excepted) a GTIN-13 under its GS1 company prefix.
 */
export const POST = async (req: SellerRequest<{ company_prefix: string }>, res: MedusaResponse) => {
  const planned = await gtinsFromPrefix(req.scope, req.member.seller_id, req.validatedBody.company_prefix)
  const created: Record<string, any>[] = []
  // One workflow per variant: each registration is whole on its own (GTIN + link), and a variant
  // given a GTIN meanwhile by another request is refused there without undoing the others.
  for (const item of planned) {
    const { result } = await registerTradeItemWorkflow(req.scope).run({ input: item })
    created.push(result as Record<string, any>)
  }
  res.status(201).json({ trade_items: created.map(presentTradeItem) })
}
