import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
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
  const { t } = useTranslation()
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
        <Heading level="h2">{t("ocop_lots.heading")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ocop_lots.intro")}
        </Text>
      </div>
      {isLoading ? <Text className="px-6 py-4">{t("ocop_lots.loading")}</Text> : null}
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{t("ocop_lots.load_failed")}</Text> : null}
      {!isLoading && !error && !lots.length ? <Text className="px-6 py-4">{t("ocop_lots.empty")}</Text> : null}
      {lots.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("ocop_lots.qr")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_lots.lot")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_lots.produced")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_lots.expiry")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_lots.history")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_lots.labels")}</Table.HeaderCell>
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
  const { t } = useTranslation()
  const [verification, setVerification] = useState<Verification | null>(null)
  const [checking, setChecking] = useState(false)
  const verify = async () => {
    setChecking(true)
    try {
      setVerification(await sdk.client.fetch<Verification>(`/admin/ocop/lots/${lot.id}/verify`))
    } catch {
      toast.error(t("ocop_lots.check_failed"))
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
          {lot.variant?.title ?? ""} · {t("ocop_lots.gtin", { gtin: lot.gtin14 })}
        </Text>
      </Table.Cell>
      <Table.Cell>{formatVnDate(lot.production_date)}</Table.Cell>
      <Table.Cell>{formatVnDate(lot.expiry_date ?? lot.best_before)}</Table.Cell>
      <Table.Cell>
        {verification ? (
          <Badge color={verification.valid ? "green" : "red"} data-testid="lot-verification">
            {verification.valid
              ? t("ocop_lots.intact", { count: verification.checked })
              : t("ocop_lots.broken", { sequence: verification.first_broken?.sequence ?? "?" })}
          </Badge>
        ) : (
          <Button size="small" variant="secondary" onClick={verify} isLoading={checking}>
            {t("ocop_lots.check")}
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
          {t("ocop_lots.print")}
        </a>
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after", id: "ocop:product-lots" })

export default ProductLotsWidget
