import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { ownOrder } from "@ocop/plugin-marketplace/store-access"
import { resolveDistributor } from "../../../../../../lib/distributor-context"

/** GET /store/wholesale/orders/:id/lines → { lines: [{ sku, quantity, title }] }: a past order of the customer's, to order again (through bulk/check). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await resolveDistributor(req, { verified: true })
  const order = await ownOrder(req, [
    "items.variant_sku",
    "items.quantity",
    "items.detail.quantity",
    "items.product_title",
    "items.variant_title",
  ])
  const lines = (order.items ?? [])
    .filter((item: any) => item?.variant_sku)
    .map((item: any) => ({
      sku: item.variant_sku,
      quantity: MathBN.convert(item.detail?.quantity ?? item.quantity).toNumber(),
      title: `${item.product_title} — ${item.variant_title}`,
    }))
  res.json({ lines })
}
