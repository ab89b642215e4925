import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { ReviewList } from "@ocop/plugin-marketplace/admin/review-list"

type Distributor = {
  id: string
  name: string
  tax_code: string
  invoice_address: string
  delivery_addresses: { label: string | null; address_1: string; province: string }[]
  contact: { name: string; phone: string; email: string }
  status: "pending" | "verified" | "rejected"
  rejection_reason: string | null
  created_at: string
}

/** Distributor companies by status: verify a registration, or reject it with a reason. */
const DistributorsPage = () => (
  <ReviewList<Distributor>
    title="Nhà phân phối"
    endpoint="/admin/distributors"
    listKey="distributors"
    noun="nhà phân phối"
    accepted={{ status: "verified", action: "verify", label: "Xác minh" }}
    nameHeader="Công ty"
    name={(distributor) => distributor.name}
    detail={({ contact }) => `${contact.name} · ${contact.phone} · ${contact.email}`}
    columns={[
      { header: "Mã số thuế", text: (distributor) => distributor.tax_code },
      {
        header: "Nơi giao hàng",
        text: (distributor) => distributor.delivery_addresses.map((a) => a.province).join(", "),
      },
    ]}
  />
)

export const config = defineRouteConfig({ label: "Nhà phân phối", icon: BuildingStorefront })

export default DistributorsPage
