import { model } from "@medusajs/framework/utils"
import { TourismSlot } from "./tourism-slot"

/**
 * Places held on a slot by one cart line. Written when the cart is completed (under a lock on the
 * slot, so two checkouts never take the same last places), bound to the order it became, released
 * when that order is cancelled, and marked used when the cooperative checks the voucher in.
 */
export const TourismBooking = model
  .define("tourism_booking", {
    id: model.id({ prefix: "tbook" }).primaryKey(),
    slot: model.belongsTo(() => TourismSlot, { mappedBy: "bookings" }),
    cart_id: model.text(),
    cart_line_item_id: model.text(),
    order_id: model.text().nullable(),
    /** Persons. */
    quantity: model.number(),
    status: model.enum(["booked", "cancelled"]).default("booked"),
    used_at: model.dateTime().nullable(),
    /** The seller member who checked the voucher in. */
    checked_in_by: model.text().nullable(),
  })
  .indexes([{ on: ["cart_id"] }, { on: ["order_id"] }])
