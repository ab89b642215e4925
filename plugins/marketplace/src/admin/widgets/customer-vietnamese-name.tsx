import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { VietnameseNames } from "../components/vietnamese-names"

/** The customer's name family name first, above Medusa's customer page. */
const CustomerVietnameseName = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => (
  <VietnameseNames people={[{ role: "customer", person: customer }]} />
)

export const config = defineWidgetConfig({ zone: "customer.details.before" })

export default CustomerVietnameseName
