import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import { useQuery } from "@tanstack/react-query"
import { vietnamTime } from "@ocop/reference"
import { ListPage } from "@ocop/plugin-ocop/admin/list-page"
import { sdk } from "../../lib/sdk"

type Slot = {
  id: string
  product_id: string
  starts_at: string
  capacity: number
  booked: number
  left: number
  closed: boolean
  product_title: string | null
  variant_title: string | null
  seller_name: string | null
}

/**
 * Community tourism (group 6): every cooperative's dated slots (Vietnam time), with capacity,
 * persons booked and places left. Read-only: each cooperative manages its slots in the seller portal.
 */
const TourismPage = () => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useQuery({
    queryKey: ["ocop-tourism-slots"],
    queryFn: () => sdk.client.fetch<{ slots: Slot[] }>("/admin/ocop/tourism/slots"),
  })
  return (
    <ListPage
      title={t("ocop_tourism.title")}
      intro={t("ocop_tourism.intro")}
      testId="tourism-table"
      rows={data?.slots ?? []}
      rowKey={(slot) => slot.id}
      loading={isLoading}
      failed={!!error}
      empty={t("ocop_tourism.empty")}
      columns={[
        { header: t("ocop_tourism.when"), cell: (slot) => vietnamTime(slot.starts_at, i18n.language) },
        {
          header: t("ocop_tourism.experience"),
          clip: "16rem",
          title: (slot) => slot.product_title ?? "",
          cell: (slot) => (
            <>
              <a className="text-ui-fg-interactive" href={`/app/products/${slot.product_id}`}>
                {slot.product_title}
              </a>
              {slot.variant_title ? ` · ${slot.variant_title}` : ""}
            </>
          ),
        },
        {
          header: t("ocop_tourism.seller"),
          clip: "14rem",
          title: (slot) => slot.seller_name ?? "",
          cell: (slot) => slot.seller_name ?? "—",
        },
        { header: t("ocop_tourism.capacity"), cell: (slot) => slot.capacity },
        { header: t("ocop_tourism.booked"), cell: (slot) => slot.booked },
        { header: t("ocop_tourism.left"), cell: (slot) => slot.left },
        {
          header: t("ocop_tourism.status_header"),
          cell: (slot) =>
            t(slot.closed ? "ocop_tourism.closed" : slot.left > 0 ? "ocop_tourism.open" : "ocop_tourism.full"),
        },
      ]}
    />
  )
}

export const config = defineRouteConfig({
  label: "ocop_tourism.menu",
  translationNs: "translation",
  icon: MapPin,
})

export default TourismPage
