import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { ReviewList } from "@ocop/plugin-marketplace/admin/review-list"
import { useTranslation } from "react-i18next"

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

/** Distributor companies by status: verify a registration, or reject it with a reason (in the admin's language). */
const DistributorsPage = () => {
  const { t } = useTranslation()
  return (
    <ReviewList<Distributor>
      title={t("ocop_distributors.title")}
      endpoint="/admin/distributors"
      listKey="distributors"
      noun={t("ocop_distributors.noun")}
      accepted={{ status: "verified", action: "verify", label: t("ocop_distributors.verify") }}
      nameHeader={t("ocop_distributors.company")}
      name={(distributor) => distributor.name}
      detail={({ contact }) => `${contact.name} · ${contact.phone} · ${contact.email}`}
      columns={[
        { header: t("ocop_distributors.tax_code"), text: (distributor) => distributor.tax_code },
        {
          header: t("ocop_distributors.delivery"),
          text: (distributor) => distributor.delivery_addresses.map((a) => a.province).join(", "),
        },
      ]}
    />
  )
}

export const config = defineRouteConfig({
  label: "ocop_distributors.menu",
  translationNs: "translation",
  icon: BuildingStorefront,
})

export default DistributorsPage
