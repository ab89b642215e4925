import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ListPage } from "@ocop/plugin-ocop/admin/list-page"
import { vnd } from "../../lib/money"
import { sdk } from "../../lib/sdk"
import { productGroup, vietnamTime } from "@ocop/reference"

type Campaign = {
  id: string
  identifier: string
  name: string
  status: "scheduled" | "active" | "ended"
  automatic: boolean
  code: string | null
  starts_at: string | null
  ends_at: string | null
  discount: { type: "percentage" | "fixed"; value: number }
  rules: { provinces?: string[]; product_groups?: number[]; stars?: number[]; producer_ids?: string[] }
  budget: { type: "spend" | "usage"; limit: number; used: number; remaining: number } | null
}

const STATUS_COLOR = { scheduled: "blue", active: "green", ended: "grey" } as const
const list = (value: string) =>
  value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean)
const EMPTY = {
  name: "",
  identifier: "",
  code: "",
  starts_at: "",
  ends_at: "",
  type: "percentage",
  value: "10",
  budget: "",
  provinces: "",
  groups: "",
  stars: "",
}

/** The campaign's conditions in one line, in the admin's language (`t` and `lang` are the page's). */
function rulesText(
  rules: Campaign["rules"],
  t: (key: string, values?: Record<string, unknown>) => string,
  lang: string,
) {
  const groupName = (g: number) =>
    (lang.startsWith("vi") ? productGroup(g)?.label_vi : productGroup(g)?.label_en) ?? String(g)
  return [
    rules.provinces?.join(", "),
    rules.product_groups?.length
      ? t("ocop_campaigns.groups", { groups: rules.product_groups.map(groupName).join(", ") })
      : null,
    rules.stars?.length ? `${rules.stars.join(", ")}★` : null,
    rules.producer_ids?.length ? t("ocop_campaigns.producers", { count: rules.producer_ids.length }) : null,
  ]
    .filter(Boolean)
    .join(" · ")
}

/** OCOP campaigns: running, scheduled and ended ones with their budget usage, and a form for a new one (times in Vietnam time). */
const CampaignsPage = () => {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const client = useQueryClient()
  const { data, isLoading, error } = useQuery({
    queryKey: ["ocop-campaigns"],
    queryFn: () => sdk.client.fetch<{ campaigns: Campaign[] }>("/admin/ocop/campaigns", { query: { limit: 100 } }),
  })
  const [form, setForm] = useState(EMPTY)
  const [saving, setSaving] = useState(false)
  const set = (field: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value })

  async function create() {
    setSaving(true)
    try {
      const rules = {
        ...(list(form.provinces).length ? { provinces: list(form.provinces) } : {}),
        ...(list(form.groups).length ? { product_groups: list(form.groups).map(Number) } : {}),
        ...(list(form.stars).length ? { stars: list(form.stars).map(Number) } : {}),
      }
      await sdk.client.fetch("/admin/ocop/campaigns", {
        method: "POST",
        body: {
          name: form.name,
          identifier: form.identifier,
          ...(form.code ? { code: form.code } : {}),
          starts_at: form.starts_at ? `${form.starts_at}:00+07:00` : undefined,
          ends_at: form.ends_at ? `${form.ends_at}:00+07:00` : undefined,
          discount: { type: form.type, value: Number(form.value) },
          ...(form.budget ? { budget: { type: "spend", limit: Number(form.budget) } } : {}),
          rules,
        },
      })
      toast.success(t("ocop_campaigns.created"))
      setForm(EMPTY)
      await client.invalidateQueries({ queryKey: ["ocop-campaigns"] })
    } catch {
      toast.error(t("ocop_campaigns.failed"))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <ListPage
        title={t("ocop_campaigns.title")}
        intro={t("ocop_campaigns.intro")}
        testId="campaigns-table"
        rows={data?.campaigns ?? []}
        rowKey={(c) => c.id}
        loading={isLoading}
        failed={!!error}
        columns={[
          {
            header: t("ocop_campaigns.campaign"),
            clip: "16rem",
            cell: (c) => (
              <>
                <span className="block truncate" title={c.name}>
                  {c.name}
                </span>
                <Text size="xsmall" className="text-ui-fg-subtle truncate">
                  {c.code ? t("ocop_campaigns.code", { code: c.code }) : t("ocop_campaigns.automatic")} · /campaigns/
                  {c.identifier}
                </Text>
              </>
            ),
          },
          {
            header: t("ocop_campaigns.discount"),
            cell: (c) => (c.discount.type === "percentage" ? `${c.discount.value}%` : vnd(c.discount.value, lang)),
          },
          {
            header: t("ocop_campaigns.conditions"),
            clip: "16rem",
            title: (c) => rulesText(c.rules, t, lang),
            cell: (c) => rulesText(c.rules, t, lang),
          },
          {
            header: t("ocop_campaigns.period"),
            cell: (c) => `${vietnamTime(c.starts_at, lang)} – ${vietnamTime(c.ends_at, lang)}`,
          },
          {
            header: t("ocop_campaigns.budget_used"),
            cell: (c) =>
              c.budget
                ? c.budget.type === "spend"
                  ? `${vnd(c.budget.used, lang)} / ${vnd(c.budget.limit, lang)}`
                  : t("ocop_campaigns.orders_used", { used: c.budget.used, limit: c.budget.limit })
                : "—",
          },
          {
            header: t("ocop_campaigns.status_header"),
            cell: (c) => <Badge color={STATUS_COLOR[c.status]}>{t(`ocop_campaigns.status.${c.status}`)}</Badge>,
          },
        ]}
      />

      <Container className="flex flex-col gap-3 p-6">
        <Heading level="h2">{t("ocop_campaigns.new")}</Heading>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <Label htmlFor="c-name">{t("ocop_campaigns.name")}</Label>
            <Input id="c-name" value={form.name} onChange={set("name")} />
          </div>
          <div>
            <Label htmlFor="c-identifier">{t("ocop_campaigns.identifier")}</Label>
            <Input
              id="c-identifier"
              value={form.identifier}
              onChange={set("identifier")}
              placeholder="tuan-le-ocop-lao-cai"
            />
          </div>
          <div>
            <Label htmlFor="c-starts">{t("ocop_campaigns.starts")}</Label>
            <Input id="c-starts" type="datetime-local" value={form.starts_at} onChange={set("starts_at")} />
          </div>
          <div>
            <Label htmlFor="c-ends">{t("ocop_campaigns.ends")}</Label>
            <Input id="c-ends" type="datetime-local" value={form.ends_at} onChange={set("ends_at")} />
          </div>
          <div>
            <Label>{t("ocop_campaigns.type")}</Label>
            <Select value={form.type} onValueChange={(type) => setForm({ ...form, type })}>
              <Select.Trigger aria-label={t("ocop_campaigns.type")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="percentage">{t("ocop_campaigns.percentage")}</Select.Item>
                <Select.Item value="fixed">{t("ocop_campaigns.fixed")}</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="c-value">{t("ocop_campaigns.value")}</Label>
            <Input id="c-value" inputMode="numeric" value={form.value} onChange={set("value")} />
          </div>
          <div>
            <Label htmlFor="c-code">{t("ocop_campaigns.code_field")}</Label>
            <Input id="c-code" value={form.code} onChange={set("code")} />
          </div>
          <div>
            <Label htmlFor="c-budget">{t("ocop_campaigns.budget")}</Label>
            <Input id="c-budget" inputMode="numeric" value={form.budget} onChange={set("budget")} />
          </div>
          <div>
            <Label htmlFor="c-provinces">{t("ocop_campaigns.provinces")}</Label>
            <Input id="c-provinces" value={form.provinces} onChange={set("provinces")} />
          </div>
          <div>
            <Label htmlFor="c-groups">{t("ocop_campaigns.product_groups")}</Label>
            <Input id="c-groups" value={form.groups} onChange={set("groups")} />
          </div>
          <div>
            <Label htmlFor="c-stars">{t("ocop_campaigns.stars")}</Label>
            <Input id="c-stars" value={form.stars} onChange={set("stars")} />
          </div>
        </div>
        <div>
          <Button onClick={create} isLoading={saving}>
            {t("ocop_campaigns.create")}
          </Button>
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "ocop_campaigns.menu",
  translationNs: "translation",
  icon: Tag,
})

export default CampaignsPage
