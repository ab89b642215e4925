import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../../../../modules/seller"
import { sellerDocuments } from "../../../../lib/documents"
import { payoutStatement } from "../../../../lib/payout-statement"
import { presentMember, presentSeller } from "../../../../lib/present"
import type { AdminUpdateSellerType } from "../validators"

async function sellerDetail(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: [
      "*",
      "members.*",
      "ocop_subject.id",
      "ocop_subject.legal_name",
      "products.id",
      "products.title",
      "products.status",
      "products.handle",
    ],
    filters: { id },
  })
  const seller = data[0] as Record<string, any> | undefined
  if (!seller) throw notFound(`seller ${id} not found`)
  const service = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  return {
    ...presentSeller(service, seller),
    members: (seller.members ?? []).map(presentMember),
    ocop_subject: seller.ocop_subject ?? null,
    products: seller.products ?? [],
    /** Registration documents, for review before approval. */
    documents: await sellerDocuments(req.scope, id, `/admin/sellers/${id}/documents`),
    /** One line per order part: the orders and their payout figures, with totals. */
    payouts: await payoutStatement(req.scope, id, {}),
  }
}

/** GET /admin/sellers/:id → { seller } with members, OCOP subject, products, documents, orders and payouts. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ seller: await sellerDetail(req, req.params.id) })
}

/** POST /admin/sellers/:id { commission_rate: percent | null } → { seller } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSellerType>, res: MedusaResponse) => {
  const service = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [seller] = await service.listSellers({ id: req.params.id }, { select: ["id"], take: 1 })
  if (!seller) throw notFound(`seller ${req.params.id} not found`)
  const rate = req.validatedBody.commission_rate
  await service.updateSellers({ id: seller.id, commission_rate_bps: rate === null ? null : Math.round(rate * 100) })
  res.json({ seller: await sellerDetail(req, seller.id) })
}
