import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { VietnameseNames } from "../components/vietnamese-names"

/** The order's customer, recipient and invoice buyer, family name first, beside Medusa's order page. */
const OrderVietnameseNames = ({ data: order }: DetailWidgetProps<AdminOrder>) => (
  <VietnameseNames
    people={[
      { role: "customer", person: order.customer },
      { role: "shipping", person: order.shipping_address },
      { role: "billing", person: order.billing_address },
    ]}
  />
)

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderVietnameseNames
