import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { SELLER_MODULE, type SellerModuleService } from "../../modules/seller"
import { maskedAccountNumber } from "./bank-account"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

/**
 * What each side sees of a return request. The buyer sees its request, its part's number and seller,
 * and the end of its bank account number; the seller sees the same without the buyer's account or
 * Medusa's order id (as for its order parts, see lib/seller-orders); the admin sees everything,
 * including where the refund is to be paid.
 */

async function withParts(container: Container, rows: Row[]) {
  const service = container.resolve<SellerModuleService>(SELLER_MODULE)
  const parts = rows.length
    ? await service.listSellerOrders(
        { id: [...new Set(rows.map((r) => r.seller_order_id))] },
        { relations: ["seller"] },
      )
    : []
  return new Map(parts.map((part) => [part.id, part]))
}

function common(row: Row, part: Row | undefined) {
  return {
    id: row.id as string,
    seller_order_id: row.seller_order_id as string,
    number: (part?.number as string) ?? null,
    seller: part?.seller ? { id: part.seller.id as string, legal_name: part.seller.legal_name as string } : null,
    status: row.status as string,
    reason: row.reason as string,
    note: row.note ?? null,
    lines: row.lines,
    photos: row.photos,
    refund_amount: MathBN.convert(row.refund_amount).toNumber(),
    /** What sending the goods back costs and who pays it (the buyer: taken from the refund; the seller: from its payout). */
    return_shipping: {
      amount: MathBN.convert(row.return_shipping_amount ?? 0).toNumber(),
      paid_by: (row.return_shipping_paid_by as "seller" | "buyer" | null) ?? null,
    },
    payment_method: row.payment_method as string,
    window_ends_at: row.window_ends_at,
    instructions: row.instructions ?? null,
    refusal_reason: row.refusal_reason ?? null,
    escalation_note: row.escalation_note ?? null,
    admin_note: row.admin_note ?? null,
    decided_by: row.decided_by ?? null,
    decided_at: row.decided_at ?? null,
    escalated_at: row.escalated_at ?? null,
    received_at: row.received_at ?? null,
    created_at: row.created_at,
  }
}

const account = (row: Row) =>
  row.refund_account
    ? {
        bank: row.refund_account.bank as string,
        holder: row.refund_account.holder as string,
        account_number: maskedAccountNumber(row.refund_account.account_number),
      }
    : null

export async function presentForBuyer(container: Container, rows: Row[]) {
  const parts = await withParts(container, rows)
  return rows.map((row) => ({
    ...common(row, parts.get(row.seller_order_id)),
    order_id: row.order_id as string,
    refund_account: account(row),
    can_escalate: row.status === "refused",
  }))
}

export async function presentForSeller(container: Container, rows: Row[]) {
  const parts = await withParts(container, rows)
  return rows.map((row) => ({
    ...common(row, parts.get(row.seller_order_id)),
    can_decide: row.status === "requested",
    can_receive: row.status === "accepted",
  }))
}

export async function presentForAdmin(container: Container, rows: Row[]) {
  const parts = await withParts(container, rows)
  return rows.map((row) => ({
    ...common(row, parts.get(row.seller_order_id)),
    order_id: row.order_id as string,
    customer_id: row.customer_id ?? null,
    refund_account: row.refund_account ?? null,
    return_id: row.return_id ?? null,
    refund_ids: row.refund_ids ?? null,
    can_decide: row.status === "escalated",
    can_receive: row.status === "accepted",
  }))
}

/** A seller's own request by id; 404 for another seller's or an unknown id. */
export async function ownSellerReturn(container: Container, sellerId: string, id: string) {
  const [row] = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerReturns({ id, seller_id: sellerId }, { take: 1 })
  if (!row) throw notFound(`return ${id} not found`)
  return row
}

/** A request of this order by id (the order's access is checked by its middleware); 404 otherwise. */
export async function orderReturn(container: Container, orderId: string, id: string) {
  const [row] = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerReturns({ id, order_id: orderId }, { take: 1 })
  if (!row) throw notFound(`return ${id} not found`)
  return row
}

/** Any request by id, for the admin; 404 when unknown. */
export async function anyReturn(container: Container, id: string) {
  const [row] = await container.resolve<SellerModuleService>(SELLER_MODULE).listSellerReturns({ id }, { take: 1 })
  if (!row) throw notFound(`return ${id} not found`)
  return row
}
