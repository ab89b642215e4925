import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useQuery } from "@tanstack/react-query"
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

const when = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

/**
 * Community tourism (group 6): every cooperative's dated slots (Vietnam time), with capacity,
 * persons booked and places left. Read-only: each cooperative manages its slots in the seller portal.
 */
const TourismPage = () => {
  const { t } = useTranslation()
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
          Lịch các hợp tác xã mở cho khách đặt (giờ Việt Nam), sức chứa theo số người, số người đã đặt và chỗ còn.
        </Text>
      </div>
      <div className="overflow-x-auto">
        <Table data-testid="tourism-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Ngày giờ</Table.HeaderCell>
              <Table.HeaderCell>Trải nghiệm</Table.HeaderCell>
              <Table.HeaderCell>Hợp tác xã</Table.HeaderCell>
              <Table.HeaderCell>Sức chứa</Table.HeaderCell>
              <Table.HeaderCell>Đã đặt</Table.HeaderCell>
              <Table.HeaderCell>Còn</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {slots.map((slot) => (
              <Table.Row key={slot.id}>
                <Table.Cell>{when.format(new Date(slot.starts_at))}</Table.Cell>
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
                <Table.Cell>{slot.closed ? "Đã đóng" : slot.left > 0 ? "Đang mở" : "Hết chỗ"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {isLoading ? <Text className="px-6 py-4">Đang tải…</Text> : null}
      {!isLoading && !slots.length ? <Text className="px-6 py-4">Chưa có lịch du lịch cộng đồng nào.</Text> : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ocop_tourism.menu",
  translationNs: "translation",
  icon: MapPin,
})

export default TourismPage
