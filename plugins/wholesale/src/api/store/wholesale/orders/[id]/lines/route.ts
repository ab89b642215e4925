import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { resolveDistributor } from "../../../../../../lib/distributor-context"

/** GET /store/wholesale/orders/:id/lines → { lines: [{ sku, quantity, title }] }: a past order of the customer's, to order again (through bulk/check). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await resolveDistributor(req, { verified: true })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "items.variant_sku",
      "items.quantity",
      "items.detail.quantity",
      "items.product_title",
      "items.variant_title",
    ],
    filters: { id: req.params.id },
  })
  const order = data[0] as any
  if (!order || order.customer_id !== req.auth_context.actor_id) throw notFound(`order ${req.params.id} not found`)
  const lines = (order.items ?? [])
    .filter((item: any) => item?.variant_sku)
    .map((item: any) => ({
      sku: item.variant_sku,
      quantity: MathBN.convert(item.detail?.quantity ?? item.quantity).toNumber(),
      title: `${item.product_title} — ${item.variant_title}`,
    }))
  res.json({ lines })
}
