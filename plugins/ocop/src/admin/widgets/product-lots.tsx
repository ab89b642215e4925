import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { formatVnDate } from "../lib/labels"
import { sdk } from "../lib/sdk"

type Lot = {
  id: string
  lot_code: string
  gtin14: string
  digital_link: string
  production_date: string
  expiry_date: string | null
  best_before: string | null
  quantity_produced: number
  variant: { title: string } | null
}
type Verification = { valid: boolean; checked: number; first_broken?: { sequence: number; reason: string } }

/**
 * Lô hàng & truy xuất: the product's lots with their GS1 Digital Link QR code, a printable label
 * sheet, and a check of each lot's tamper-evident event history.
 */
const ProductLotsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["ocop", "lots", product.id],
    queryFn: () =>
      sdk.client.fetch<{ lots: Lot[]; count: number }>("/admin/ocop/lots", {
        query: { product_id: product.id, limit: 50 },
      }),
  })
  const lots = data?.lots ?? []
  return (
    <Container className="divide-y p-0" data-testid="ocop-lots">
      <div className="px-6 py-4">
        <Heading level="h2">Lô hàng và truy xuất nguồn gốc</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Mã QR GS1 Digital Link in trên bao bì của từng lô
        </Text>
      </div>
      {isLoading ? <Text className="px-6 py-4">Đang tải…</Text> : null}
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text> : null}
      {!isLoading && !error && !lots.length ? <Text className="px-6 py-4">Sản phẩm chưa có lô hàng nào.</Text> : null}
      {lots.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>QR</Table.HeaderCell>
              <Table.HeaderCell>Lô</Table.HeaderCell>
              <Table.HeaderCell>Ngày sản xuất</Table.HeaderCell>
              <Table.HeaderCell>Hạn dùng</Table.HeaderCell>
              <Table.HeaderCell>Lịch sử</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lots.map((lot) => (
              <LotRow key={lot.id} lot={lot} />
            ))}
          </Table.Body>
        </Table>
      ) : null}
    </Container>
  )
}

function LotRow({ lot }: { lot: Lot }) {
  const [verification, setVerification] = useState<Verification | null>(null)
  const [checking, setChecking] = useState(false)
  const verify = async () => {
    setChecking(true)
    try {
      setVerification(await sdk.client.fetch<Verification>(`/admin/ocop/lots/${lot.id}/verify`))
    } finally {
      setChecking(false)
    }
  }
  return (
    <Table.Row>
      <Table.Cell>
        <a href={lot.digital_link} target="_blank" rel="noreferrer" title={lot.digital_link}>
          <img src={`/admin/ocop/lots/${lot.id}/qr.svg`} alt={`QR ${lot.lot_code}`} width={56} height={56} />
        </a>
      </Table.Cell>
      <Table.Cell>
        <Text size="small" weight="plus">
          {lot.lot_code}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {lot.variant?.title ?? ""} · GTIN {lot.gtin14}
        </Text>
      </Table.Cell>
      <Table.Cell>{formatVnDate(lot.production_date)}</Table.Cell>
      <Table.Cell>{formatVnDate(lot.expiry_date ?? lot.best_before)}</Table.Cell>
      <Table.Cell>
        {verification ? (
          <Badge color={verification.valid ? "green" : "red"} data-testid="lot-verification">
            {verification.valid
              ? `Toàn vẹn (${verification.checked} sự kiện)`
              : `Bị sửa: sự kiện #${verification.first_broken?.sequence ?? "?"}`}
          </Badge>
        ) : (
          <Button size="small" variant="secondary" onClick={verify} isLoading={checking}>
            Kiểm tra
          </Button>
        )}
      </Table.Cell>
      <Table.Cell>
        <a
          className="text-ui-fg-interactive"
          href={`/admin/ocop/lots/${lot.id}/labels?count=21`}
          target="_blank"
          rel="noreferrer"
        >
          In nhãn
        </a>
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after", id: "ocop:product-lots" })

export default ProductLotsWidget
