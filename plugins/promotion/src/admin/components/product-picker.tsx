import { Badge, Button, Input, Label, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

type Product = { id: string; title: string }

const SEARCH_LIMIT = 8

/**
 * Choose products by searching their titles (Medusa's admin product search), instead of typing
 * ids: the chosen ones show as named badges that can be removed. `value` holds the ids in order.
 */
export function ProductPicker({
  id,
  label,
  value,
  onChange,
}: {
  id: string
  label: string
  value: string[]
  onChange: (ids: string[]) => void
}) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const chosen = useQuery({
    queryKey: ["ocop-picker-chosen", value],
    enabled: value.length > 0,
    queryFn: () =>
      sdk.client.fetch<{ products: Product[] }>("/admin/products", {
        query: { id: value, fields: "id,title", limit: value.length },
      }),
  })
  const found = useQuery({
    queryKey: ["ocop-picker-search", q],
    enabled: q.trim().length >= 2,
    queryFn: () =>
      sdk.client.fetch<{ products: Product[] }>("/admin/products", {
        query: { q: q.trim(), fields: "id,title", limit: SEARCH_LIMIT },
      }),
  })
  const titles = new Map((chosen.data?.products ?? []).map((p) => [p.id, p.title]))
  const results = (found.data?.products ?? []).filter((p) => !value.includes(p.id))
  return (
    <div className="flex flex-col gap-2" data-testid={`${id}-picker`}>
      <Label htmlFor={id}>{label}</Label>
      <div className="flex flex-wrap gap-1">
        {value.map((productId) => (
          <Badge key={productId} size="small">
            {titles.get(productId) ?? "…"}
            <button
              type="button"
              className="ml-1"
              aria-label={t("ocop_product_picker.remove", {
                title: titles.get(productId) ?? t("ocop_product_picker.product"),
              })}
              onClick={() => onChange(value.filter((v) => v !== productId))}
            >
              ×
            </button>
          </Badge>
        ))}
      </div>
      <Input id={id} value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("ocop_product_picker.search")} />
      {q.trim().length >= 2 ? (
        <ul className="flex flex-col gap-1">
          {results.map((product) => (
            <li key={product.id}>
              <Button
                size="small"
                variant="transparent"
                type="button"
                onClick={() => (onChange([...value, product.id]), setQ(""))}
              >
                + {product.title}
              </Button>
            </li>
          ))}
          {found.isFetched && !results.length ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t("ocop_product_picker.none")}
            </Text>
          ) : null}
        </ul>
      ) : null}
    </div>
  )
}
