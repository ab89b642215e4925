import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { parseServerError, useRefusalText } from "../lib/errors"
import { sdk, send } from "../lib/sdk"

type TradeItem = { id: string; gtin14: string; variant_id: string; product_id: string }

/**
 * Mã GTIN: each variant's GS1 trade item. Registers a GTIN for a variant that has none, or
 * corrects one while no lot was declared under it; the server checks the check digit and that the
 * GTIN is not another product's, and the error is shown beside the variant.
 */
const ProductTradeItemsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const key = ["ocop", "trade-items", product.id]
  const { data, isLoading, error } = useQuery({
    queryKey: key,
    queryFn: () =>
      sdk.client.fetch<{ trade_items: TradeItem[] }>("/admin/ocop/trade-items", {
        query: { product_id: product.id, limit: 500 },
      }),
  })
  const byVariant = new Map((data?.trade_items ?? []).map((item) => [item.variant_id, item]))
  return (
    <Container className="divide-y p-0" data-testid="ocop-trade-items">
      <div className="px-6 py-4">
        <Heading level="h2">{t("ocop_trade_items.heading")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ocop_trade_items.intro")}
        </Text>
      </div>
      {isLoading ? <Text className="px-6 py-4">{t("ocop_trade_items.loading")}</Text> : null}
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{t("ocop_trade_items.load_failed")}</Text> : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("ocop_trade_items.variant")}</Table.HeaderCell>
            <Table.HeaderCell>{t("ocop_trade_items.gtin")}</Table.HeaderCell>
            <Table.HeaderCell>{t("ocop_trade_items.actions")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(product.variants ?? []).map((variant) => (
            <VariantGtinRow
              key={variant.id}
              variantId={variant.id}
              title={variant.title ?? variant.sku ?? variant.id}
              item={byVariant.get(variant.id)}
              queryKey={key}
            />
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

function VariantGtinRow({
  variantId,
  title,
  item,
  queryKey,
}: {
  variantId: string
  title: string
  item?: TradeItem
  queryKey: string[]
}) {
  const { t } = useTranslation()
  const say = useRefusalText()
  const queryClient = useQueryClient()
  const [gtin, setGtin] = useState(item?.gtin14 ?? "")
  const [problem, setProblem] = useState<string | null>(null)
  const save = useMutation({
    mutationFn: () =>
      item
        ? send(`/admin/ocop/trade-items/${item.id}`, { body: { gtin } })
        : send("/admin/ocop/trade-items", { body: { variant_id: variantId, gtin } }),
    onSuccess: () => {
      setProblem(null)
      toast.success(t(item ? "ocop_trade_items.corrected" : "ocop_trade_items.registered"))
      queryClient.invalidateQueries({ queryKey })
    },
    onError: (e: Error) => {
      const parsed = parseServerError(e)
      setProblem(parsed.fields.length ? [...new Set(parsed.fields.map(say))].join(" ") : t("ocop_refusal.generic"))
    },
  })
  const id = `gtin-${variantId}`
  return (
    <Table.Row>
      <Table.Cell>
        <label htmlFor={id}>{title}</label>
      </Table.Cell>
      <Table.Cell>
        <Input
          id={id}
          size="small"
          inputMode="numeric"
          value={gtin}
          onChange={(e) => setGtin(e.target.value)}
          placeholder="893…"
          aria-invalid={!!problem}
        />
        {problem ? (
          <Text size="xsmall" className="text-ui-fg-error" role="alert">
            {problem}
          </Text>
        ) : null}
      </Table.Cell>
      <Table.Cell>
        <Button
          size="small"
          variant="secondary"
          onClick={() => save.mutate()}
          isLoading={save.isPending}
          disabled={!gtin.trim() || gtin === item?.gtin14}
        >
          {t(item ? "ocop_trade_items.correct" : "ocop_trade_items.register")}
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after", id: "ocop:product-trade-items" })

export default ProductTradeItemsWidget
