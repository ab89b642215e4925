import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import TourismModule from "../modules/tourism"

/**
 * A booking belongs to the order its cart became. Read-only: the booking's own `order_id` is the link.
 *   query.graph({ entity: "tourism_booking", fields: ["quantity", "order.display_id", "order.email"] })
 */
export default defineLink(
  { linkable: TourismModule.linkable.tourismBooking, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true },
)
