import type { MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { loadLotContext, presentLot, retrieveLot, traceability } from "@ocop/plugin-ocop/lots"
import { createLotWorkflow } from "@ocop/plugin-ocop/workflows/traceability"
import type { SellerRequest } from "../../../../lib/current-member"
import { assertOwnVariant, sellerSubjectId } from "../../../../lib/seller-lots"
import { sellerProductIds } from "../../../../lib/seller-scope"

/** GET /sellers/me/lots?limit=&offset=&order= → { lots, count, limit, offset } of this seller's variants, newest first */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const page = pageOf(req, { production_date: "DESC", created_at: "DESC", id: "DESC" })
  const productIds = await sellerProductIds(req.scope, req.member.seller_id)
  const [lots, count] = productIds.length
    ? await traceability(req.scope).listAndCountTraceLots({ product_id: productIds }, page)
    : [[], 0]
  const context = await loadLotContext(req.scope, lots)
  res.json({ lots: lots.map((lot: any) => presentLot(lot, context)), count, limit: page.take, offset: page.skip })
}

/** POST /sellers/me/lots { variant_id, lot_code, production_date, … } → 201 { lot } (the seller is the producer) */
export const POST = async (req: SellerRequest<Record<string, any>>, res: MedusaResponse) => {
  await assertOwnVariant(req.scope, req.member.seller_id, req.validatedBody.variant_id)
  const subjectId = await sellerSubjectId(req.scope, req.member.seller_id)
  const { result } = await createLotWorkflow(req.scope).run({
    input: { ...req.validatedBody, subject_id: subjectId } as any,
  })
  const lot = await retrieveLot(req.scope, result.id)
  res.status(201).json({ lot: presentLot(lot, await loadLotContext(req.scope, [lot])) })
}
