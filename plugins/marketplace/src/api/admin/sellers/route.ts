import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import { presentSeller } from "../../../lib/present"

/** GET /admin/sellers?status=&q=&limit=&offset=&order=(-)created_at|legal_name → { sellers, count, limit, offset } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, q } = req.validatedQuery as { status?: string; q?: string }
  const page = pageOf(req, { created_at: "DESC", id: "ASC" })
  const service = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const term = q?.trim()
  const like = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (like) filters.$or = [{ legal_name: { $ilike: like } }, { tax_code: { $ilike: like } }]
  const [sellers, count] = await service.listAndCountSellers(filters as any, {
    ...page,
  })
  res.json({
    sellers: sellers.map((seller) => presentSeller(service, seller)),
    count,
    limit: page.take,
    offset: page.skip,
  })
}
