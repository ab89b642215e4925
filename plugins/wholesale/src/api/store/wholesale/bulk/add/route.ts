import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { requestSalesChannel } from "../../../../../lib/bulk-order/store-context"
import { resolveDistributor } from "../../../../../lib/distributor-context"
import { addBulkOrderWorkflow } from "../../../../../workflows/bulk-order/workflows/add-bulk-order"
import type { StoreAddBulkOrderType } from "../validators"

/** POST /store/wholesale/bulk/add { cart_id, lines: [{ sku, quantity }] } → { cart_id, added } — all lines into the customer's own cart, or none (400). */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddBulkOrderType>, res: MedusaResponse) => {
  await resolveDistributor(req, { verified: true })
  const { cart_id, lines } = req.validatedBody
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id", "customer_id"], filters: { id: cart_id } })
  const cart = data[0] as { id: string; customer_id: string | null } | undefined
  if (!cart || cart.customer_id !== req.auth_context.actor_id) throw notFound(`cart ${cart_id} not found`)
  const { result } = await addBulkOrderWorkflow(req.scope).run({
    input: {
      cart_id,
      sales_channel_id: requestSalesChannel(req),
      lines: lines.map((line, index) => ({ line: index + 1, sku: line.sku, quantity: line.quantity })),
    },
  })
  res.json({ cart_id, added: result })
}
