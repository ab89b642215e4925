import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { qrSvg } from "@ocop/plugin-ocop/qr"
import { notFound } from "@ocop/plugin-ocop/errors"
import { orderBookings } from "../../../../../../lib/tourism-bookings"
import { voucherCheckInUrl, voucherCode, voucherSecret } from "../../../../../../lib/tourism-voucher"

/**
 * GET /store/ocop/bookings/:order_id/voucher → { voucher: { order_id, display_id, email, bookings:
 * [{ id, product_title, variant_title, product_title_en, variant_title_en, starts_at, time_zone,
 * quantity, status, used_at, code, qr_svg }] } }: one voucher per booked slot of the order (community tourism). Same access as the
 * store's order by id: its buyer, or a guest with the order's access token (plugin-marketplace,
 * lib/store-access). Each QR code carries the seller portal's check-in link with the booking's
 * signed code, which the cooperative checks in at arrival (POST /sellers/me/tourism/check-ins).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "email"],
    filters: { id: req.params.order_id },
  })
  const order = data[0] as { id: string; display_id: number; email: string | null } | undefined
  const bookings = order ? await orderBookings(req.scope, order.id) : []
  if (!order || !bookings.length) throw notFound(`no booking in order ${req.params.order_id}`)
  const secret = voucherSecret(req.scope)
  res.json({
    voucher: {
      order_id: order.id,
      display_id: order.display_id,
      email: order.email,
      bookings: bookings.map((booking) => {
        const code = voucherCode(booking.id, secret)
        return { ...booking, code, qr_svg: qrSvg(voucherCheckInUrl(code)) }
      }),
    },
  })
}
