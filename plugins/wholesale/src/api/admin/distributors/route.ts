import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { presentCompany } from "../../../lib/present"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../modules/distributor"

/** GET /admin/distributors?status=&q=&limit=&offset=&order=(-)created_at|name → { distributors, count, limit, offset } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status, q } = req.validatedQuery as { status?: string; q?: string }
  const page = pageOf(req, { created_at: "DESC", id: "ASC" })
  const term = q?.trim()
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ name: { $ilike: like } }, { tax_code: { $ilike: like } }]
  }
  const [companies, count] = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .listAndCountDistributorCompanies(filters as any, {
      ...page,
    })
  res.json({ distributors: companies.map(presentCompany), count, limit: page.take, offset: page.skip })
}
