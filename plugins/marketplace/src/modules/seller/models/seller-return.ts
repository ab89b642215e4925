import { model } from "@medusajs/framework/utils"
import { RETURN_REASONS, RETURN_STATUSES, type ReturnReason, type ReturnStatus } from "@ocop/reference"

/** Statuses of a request still in progress: a part has at most one at a time. */
export const OPEN_RETURN_STATUSES: ReturnStatus[] = ["requested", "accepted", "refused", "escalated"]

export { RETURN_REASONS, RETURN_STATUSES, type ReturnReason, type ReturnStatus }

/**
 * A buyer's request to return lines of one seller's delivered part of an order, and what became of
 * it. The goods and the money move through Medusa's own return and refund (`return_id`,
 * `refund_ids`); this row holds what Medusa has no place for: the seller's answer, the escalation,
 * the buyer's photos and the bank account a cash or transfer refund is paid to.
 */
export const SellerReturn = model
  .define("seller_return", {
    id: model.id({ prefix: "selret" }).primaryKey(),
    seller_order_id: model.text(),
    seller_id: model.text(),
    /** Medusa's order id: never shown to the seller (see lib/returns/present). */
    order_id: model.text(),
    /** The registered buyer, or null for a guest's order. */
    customer_id: model.text().nullable(),
    status: model.enum([...RETURN_STATUSES]).default("requested"),
    reason: model.enum([...RETURN_REASONS]),
    note: model.text().nullable(),
    /** [{ item_id, quantity, title, variant_title, unit_amount }]: what is returned, whole VND per unit. */
    lines: model.json(),
    /** [{ id, url }]: the buyer's photos (checked and re-encoded with sharp). */
    photos: model.json(),
    /** Whole VND: what the buyer gets back for the returned lines (less the return shipping when the buyer pays it). */
    refund_amount: model.bigNumber(),
    /** Whole VND: what sending the goods back costs (Medusa's return shipping option), 0 without one. */
    return_shipping_amount: model.bigNumber().default(0),
    /** Who pays it, by the reason (lib/returns/return-shipping): the seller's payout or the buyer's refund. */
    return_shipping_paid_by: model.enum(["seller", "buyer"]).nullable(),
    /** Medusa's return shipping option the return is sent with. */
    return_shipping_option_id: model.text().nullable(),
    /** card | cash_on_delivery | bank_transfer: how the order was paid, so how the refund goes. */
    payment_method: model.text(),
    /** { bank, account_number, holder }: where a cash-on-delivery or bank-transfer refund is paid. */
    refund_account: model.json().nullable(),
    /** When the window for this part closed or closes (delivery + the return window). */
    window_ends_at: model.dateTime(),
    instructions: model.text().nullable(),
    refusal_reason: model.text().nullable(),
    escalation_note: model.text().nullable(),
    admin_note: model.text().nullable(),
    decided_by: model.enum(["seller", "admin"]).nullable(),
    decided_at: model.dateTime().nullable(),
    escalated_at: model.dateTime().nullable(),
    received_at: model.dateTime().nullable(),
    /** Medusa's return (its items received, stock back) and refunds, once received. */
    return_id: model.text().nullable(),
    refund_ids: model.json().nullable(),
  })
  .indexes([
    { on: ["seller_id", "status"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    // One open request per order part at a time (the request step checks first; this holds under races).
    {
      name: "IDX_seller_return_one_open_per_part",
      on: ["seller_order_id"],
      unique: true,
      where: "deleted_at IS NULL AND status IN ('requested', 'accepted', 'refused', 'escalated')",
    },
  ])
