import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useQuery } from "@tanstack/react-query"
import { vietnamTime } from "@ocop/reference"
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
  const { data, isLoading } = useQuery({
    queryKey: ["ocop-tourism-slots"],
    queryFn: () => sdk.client.fetch<{ slots: Slot[] }>("/admin/ocop/tourism/slots"),
  })
  const slots = data?.slots ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("ocop_tourism.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ocop_tourism.intro")}
        </Text>
      </div>
      <div className="overflow-x-auto">
        <Table data-testid="tourism-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("ocop_tourism.when")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_tourism.experience")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_tourism.seller")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_tourism.capacity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_tourism.booked")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_tourism.left")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_tourism.status_header")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {slots.map((slot) => (
              <Table.Row key={slot.id}>
                <Table.Cell>{vietnamTime(slot.starts_at, i18n.language)}</Table.Cell>
                <Table.Cell className="max-w-[16rem] truncate" title={slot.product_title ?? ""}>
                  <a className="text-ui-fg-interactive" href={`/app/products/${slot.product_id}`}>
                    {slot.product_title}
                  </a>
                  {slot.variant_title ? ` · ${slot.variant_title}` : ""}
                </Table.Cell>
                <Table.Cell className="max-w-[14rem] truncate" title={slot.seller_name ?? ""}>
                  {slot.seller_name ?? "—"}
                </Table.Cell>
                <Table.Cell>{slot.capacity}</Table.Cell>
                <Table.Cell>{slot.booked}</Table.Cell>
                <Table.Cell>{slot.left}</Table.Cell>
                <Table.Cell>
                  {t(slot.closed ? "ocop_tourism.closed" : slot.left > 0 ? "ocop_tourism.open" : "ocop_tourism.full")}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {isLoading ? <Text className="px-6 py-4">{t("ocop_tourism.loading")}</Text> : null}
      {!isLoading && !slots.length ? <Text className="px-6 py-4">{t("ocop_tourism.empty")}</Text> : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ocop_tourism.menu",
  translationNs: "translation",
  icon: MapPin,
})

export default TourismPage
