import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

type Level = { stocked_quantity: number; reserved_quantity: number }
type Experience = {
  id: string
  title: string
  metadata: Record<string, unknown> | null
  variants: { id: string; title: string; inventory_items?: { inventory?: { location_levels?: Level[] } }[] }[]
}

const FIELDS =
  "id,title,metadata,variants.id,variants.title,variants.inventory_items.inventory.location_levels.stocked_quantity,variants.inventory_items.inventory.location_levels.reserved_quantity"

function places(variant: Experience["variants"][number]) {
  const levels = (variant.inventory_items ?? []).flatMap((item) => item.inventory?.location_levels ?? [])
  const capacity = levels.reduce((sum, l) => sum + Number(l.stocked_quantity ?? 0), 0)
  const booked = levels.reduce((sum, l) => sum + Number(l.reserved_quantity ?? 0), 0)
  return { capacity, booked, left: capacity - booked }
}

/**
 * Community tourism (group 6): each experience's dated slots with capacity, places booked and left.
 * Read-only: slots are product variants with their own inventory item (see the plugin README).
 */
const TourismPage = () => {
  const { data, isLoading } = useQuery({
    queryKey: ["ocop-tourism-slots"],
    queryFn: () =>
      sdk.client.fetch<{ products: Experience[] }>("/admin/products", { query: { fields: FIELDS, limit: 200 } }),
  })
  const experiences = (data?.products ?? []).filter((p) => p.metadata?.is_service === true)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Du lịch cộng đồng: lịch và chỗ trống</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Mỗi ngày là một biến thể; sức chứa là tồn kho của nó, chỗ đã đặt là số đang giữ chỗ.
        </Text>
      </div>
      <div className="overflow-x-auto">
        <Table data-testid="tourism-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Trải nghiệm</Table.HeaderCell>
              <Table.HeaderCell>Ngày / gói</Table.HeaderCell>
              <Table.HeaderCell>Sức chứa</Table.HeaderCell>
              <Table.HeaderCell>Đã đặt</Table.HeaderCell>
              <Table.HeaderCell>Còn</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {experiences.flatMap((experience) =>
              experience.variants.map((variant) => {
                const { capacity, booked, left } = places(variant)
                return (
                  <Table.Row key={variant.id}>
                    <Table.Cell className="max-w-[16rem] truncate" title={experience.title}>
                      <a className="text-ui-fg-interactive" href={`/app/products/${experience.id}`}>
                        {experience.title}
                      </a>
                    </Table.Cell>
                    <Table.Cell className="max-w-[16rem] truncate" title={variant.title}>
                      {variant.title}
                    </Table.Cell>
                    <Table.Cell>{capacity}</Table.Cell>
                    <Table.Cell>{booked}</Table.Cell>
                    <Table.Cell>{left}</Table.Cell>
                  </Table.Row>
                )
              }),
            )}
          </Table.Body>
        </Table>
      </div>
      {isLoading ? <Text className="px-6 py-4">Đang tải…</Text> : null}
      {!isLoading && !experiences.length ? (
        <Text className="px-6 py-4">Chưa có trải nghiệm du lịch cộng đồng nào.</Text>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Du lịch cộng đồng", icon: MapPin })

export default TourismPage
