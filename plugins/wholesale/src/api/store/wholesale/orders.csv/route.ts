import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify/sync"
import { resolveDistributor } from "../../../../lib/distributor-context"
import { COMPANY_METADATA_KEY } from "../../../../lib/spending-limit"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../modules/distributor"

const COLUMNS = [
  "order_id",
  "display_id",
  "placed_at",
  "buyer_email",
  "status",
  "product",
  "variant",
  "sku",
  "quantity",
  "unit_price",
  "line_total",
] as const

/**
 * GET /store/wholesale/orders.csv → the orders placed for the signed-in customer's verified
 * distributor company, one row per line (UTF-8 with BOM for spreadsheets, like the payout CSV).
 * An order is the company's when its member placed it for the company while a member of the
 * verified company (the checkout records the company on the cart, which the order keeps): never a
 * member's orders from before joining, after leaving, or for themselves elsewhere.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company } = await resolveDistributor(req, { verified: true })
  // Former members too: the orders they placed for the company while members stay the company's
  const members = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .listDistributorMembers({ company_id: company.id }, { select: ["customer_id"], withDeleted: true })
  const customerIds = [
    ...new Set(members.flatMap((member: any) => (member.customer_id ? [member.customer_id as string] : []))),
  ]
  const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "email",
      "status",
      "metadata",
      "items.title",
      "items.variant_title",
      "items.variant_sku",
      "items.quantity",
      "items.detail.quantity",
      "items.unit_price",
    ],
    filters: { customer_id: customerIds },
  })
  const rows = (orders as any[])
    .filter((order) => order.metadata?.[COMPANY_METADATA_KEY] === company.id)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .flatMap((order) =>
      (order.items ?? []).map((item: any) => {
        // The ordered quantity lives on the item detail (as in the marketplace plugin).
        const quantity = MathBN.convert(item.detail?.quantity ?? item.quantity).toNumber()
        const unitPrice = MathBN.convert(item.unit_price).toNumber()
        return [
          order.id,
          order.display_id,
          new Date(order.created_at).toISOString(),
          order.email,
          order.status,
          item.title,
          item.variant_title ?? "",
          item.variant_sku ?? "",
          quantity,
          unitPrice,
          quantity * unitPrice,
        ]
      }),
    )
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="orders-${company.tax_code}.csv"`)
  res.send("\uFEFF" + stringify(rows, { header: true, columns: [...COLUMNS] }))
}
