import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify/sync"
import { resolveDistributor } from "../../../../lib/distributor-context"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../modules/distributor"

const COLUMNS = ["order_id", "display_id", "placed_at", "buyer_email", "status", "product", "variant", "sku", "quantity", "unit_price", "line_total"] as const

/**
 * GET /store/wholesale/orders.csv → every order placed by the members of the signed-in customer's
 * distributor company, one row per line (UTF-8 with BOM for spreadsheets, like the payout CSV).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company } = await resolveDistributor(req)
  const members = await req.scope.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE).listDistributorMembers({ company_id: company.id }, { select: ["customer_id"] })
  const customerIds = members.map((member: any) => member.customer_id)
  const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "created_at", "email", "status", "items.title", "items.variant_title", "items.variant_sku", "items.quantity", "items.detail.quantity", "items.unit_price"],
    filters: { customer_id: customerIds },
  })
  const rows = (orders as any[])
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .flatMap((order) =>
      (order.items ?? []).map((item: any) => {
        // The ordered quantity lives on the item detail (as in the marketplace plugin).
        const quantity = MathBN.convert(item.detail?.quantity ?? item.quantity).toNumber()
        const unitPrice = MathBN.convert(item.unit_price).toNumber()
        return [order.id, order.display_id, new Date(order.created_at).toISOString(), order.email, order.status, item.title, item.variant_title ?? "", item.variant_sku ?? "", quantity, unitPrice, quantity * unitPrice]
      })
    )
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="orders-${company.tax_code}.csv"`)
  res.send("\uFEFF" + stringify(rows, { header: true, columns: [...COLUMNS] }))
}
