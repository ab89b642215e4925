import { model } from "@medusajs/framework/utils"
import { TourismBooking } from "./tourism-booking"

/**
 * A dated departure of a community-tourism experience (OCOP group 6): the variant booked, when it
 * starts (an instant; shown in Asia/Ho_Chi_Minh), and how many persons it takes. The cooperative
 * that sells the product creates and closes its slots; a closed or past slot takes no booking.
 */
export const TourismSlot = model
  .define("tourism_slot", {
    id: model.id({ prefix: "tslot" }).primaryKey(),
    product_id: model.text(),
    variant_id: model.text(),
    /** The cooperative selling the product; null for a product of the demo catalogue no seller holds. */
    seller_id: model.text().nullable(),
    starts_at: model.dateTime(),
    /** Persons. */
    capacity: model.number(),
    closed_at: model.dateTime().nullable(),
    bookings: model.hasMany(() => TourismBooking, { mappedBy: "slot" }),
  })
  .indexes([
    { on: ["variant_id", "starts_at"], unique: true, where: "deleted_at IS NULL" },
    { on: ["seller_id", "starts_at"] },
    { on: ["product_id", "starts_at"] },
  ])
