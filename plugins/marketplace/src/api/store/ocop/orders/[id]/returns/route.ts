import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import type { ReturnablePart } from "@ocop/reference"
import { RETURN_PHOTOS_MAX } from "../../../../../../constants"
import { uploadedFilename, type MultipartRequest } from "../../../../../../lib/multipart-files"
import { prepareReturnPhotos } from "../../../../../../lib/returns/photos"
import { presentForBuyer } from "../../../../../../lib/returns/present"
import { orderPayment } from "../../../../../../lib/returns/payment-method"
import { partsReturnability } from "../../../../../../lib/returns/returnable"
import { returnShippingOption, SELLER_FAULT_REASONS } from "../../../../../../lib/returns/return-shipping"
import { SELLER_MODULE, type SellerModuleService } from "../../../../../../modules/seller"
import { requestSellerReturnWorkflow } from "../../../../../../workflows/returns/workflows/request-seller-return"
import type { StoreRequestReturnBody } from "../../../returns/validators"

/** The order (its buyer or a guest with its token: see lib/store-access), or 404. */
async function buyersOrder(req: AuthenticatedMedusaRequest) {
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: req.params.id } })
  const order = data[0] as { id: string; customer_id: string | null } | undefined
  if (!order) throw notFound(`order ${req.params.id} not found`)
  return order
}

/**
 * GET /store/ocop/orders/:id/returns → { payment_method (card: refunded to the card; else a bank account
 * is asked), return_shipping: { amount, seller_pays_for: [reasons] } (what sending goods back costs:
 * the seller pays it for those reasons, else it is deducted from the refund), parts: [one per seller:
 * number, seller, status, delivered_at, window_ends_at, can_return, open_return_id, items with what
 * can still be returned], returns }
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await buyersOrder(req)
  const service = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const parts = await service.listSellerOrders(
    { order_id: order.id },
    { relations: ["seller"], order: { number: "ASC" } },
  )
  const state = await partsReturnability(req.scope, parts)
  const requests = await service.listSellerReturns({ order_id: order.id }, { order: { created_at: "DESC" } })
  const [payment, shippingOption] = await Promise.all([
    orderPayment(req.scope, order.id),
    returnShippingOption(req.scope),
  ])
  res.json({
    payment_method: payment?.method ?? "cash_on_delivery",
    return_shipping: { amount: shippingOption?.amount ?? 0, seller_pays_for: SELLER_FAULT_REASONS },
    parts: parts.map((part): ReturnablePart => {
      const s = state.get(part.id)!
      return {
        id: part.id,
        number: part.number,
        seller: { id: part.seller.id, legal_name: part.seller.legal_name },
        status: part.status,
        delivered_at: s.delivered_at?.toISOString() ?? null,
        window_ends_at: s.window_ends_at?.toISOString() ?? null,
        can_return: s.in_window && !s.open_return_id && s.items.some((item) => item.returnable > 0),
        open_return_id: s.open_return_id,
        items: s.items.map(({ total: _total, ...item }) => item),
      }
    }),
    returns: await presentForBuyer(req.scope, requests),
  })
}

/**
 * POST /store/ocop/orders/:id/returns (JSON, or multipart with up to 4 photos as `files` and `lines`,
 * `refund_account` as JSON text) { seller_order_id, reason, note?, lines: [{ item_id, quantity }],
 * refund_account? } → 201 { return }
 */
export const POST = async (
  req: MultipartRequest<AuthenticatedMedusaRequest<StoreRequestReturnBody>>,
  res: MedusaResponse,
) => {
  const order = await buyersOrder(req)
  const files = req.files ?? []
  if (files.length > RETURN_PHOTOS_MAX) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `files: at most ${RETURN_PHOTOS_MAX} photos`)
  }
  const photos = await prepareReturnPhotos(
    files.map((file) => ({ filename: uploadedFilename(file), content: file.buffer })),
  )
  const body = req.validatedBody
  const { result } = await requestSellerReturnWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      seller_order_id: body.seller_order_id,
      customer_id: order.customer_id ?? null,
      reason: body.reason,
      note: body.note ?? null,
      lines: body.lines,
      refund_account: body.refund_account ?? null,
      photos,
    },
  })
  const [presented] = await presentForBuyer(req.scope, [result])
  res.status(201).json({ return: presented })
}
