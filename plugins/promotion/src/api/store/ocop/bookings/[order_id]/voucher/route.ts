import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { qrSvg } from "@ocop/plugin-ocop/qr"

/**
 * GET /store/ocop/bookings/:order_id/voucher → { voucher: { order_id, display_id, email, bookings:
 * [{ title, slot, quantity }], qr_svg } }: the booking voucher of an order's experiences (community
 * tourism, group 6: lines that need no shipping). Same access as the store's order by id: its
 * buyer, or a guest with the order's access token (plugin-marketplace, lib/store-access). The
 * QR code carries the order id and display number for the host's check-in.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "items.product_title",
      "items.variant_title",
      "items.requires_shipping",
      "items.detail.quantity",
    ],
    filters: { id: req.params.order_id },
  })
  const order = data[0] as Record<string, any> | undefined
  const bookings = (order?.items ?? []).filter((item: Record<string, any>) => item.requires_shipping === false)
  if (!order || !bookings.length)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No booking in order ${req.params.order_id}`)
  res.json({
    voucher: {
      order_id: order.id,
      display_id: order.display_id,
      email: order.email,
      bookings: bookings.map((item: Record<string, any>) => ({
        title: item.product_title,
        slot: item.variant_title,
        quantity: Number(item.detail?.quantity ?? item.quantity),
      })),
      qr_svg: qrSvg(`OCOP-BOOKING:${order.id}:${order.display_id}`),
    },
  })
}
