import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { vnd } from "../../lib/money"
import { sdk } from "../../lib/sdk"
import { productGroup } from "@ocop/reference"

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
const vnTime = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" }).format(
        new Date(iso),
      )
    : "—"
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

function rulesText(rules: Campaign["rules"]) {
  return [
    rules.provinces?.join(", "),
    rules.product_groups?.length
      ? `nhóm ${rules.product_groups.map((g) => productGroup(g)?.label_vi ?? g).join(", ")}`
      : null,
    rules.stars?.length ? `${rules.stars.join(", ")}★` : null,
    rules.producer_ids?.length ? `${rules.producer_ids.length} chủ thể` : null,
  ]
    .filter(Boolean)
    .join(" · ")
}

/** OCOP campaigns: running, scheduled and ended ones with their budget usage, and a form for a new one (times in Vietnam time). */
const CampaignsPage = () => {
  const { t } = useTranslation()
  const client = useQueryClient()
  const { data } = useQuery({
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
      toast.success("Đã tạo chiến dịch")
      setForm(EMPTY)
      await client.invalidateQueries({ queryKey: ["ocop-campaigns"] })
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">{t("ocop_campaigns.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Trên module khuyến mãi của Medusa; điều kiện theo tỉnh, nhóm sản phẩm, số sao, chủ thể.
          </Text>
        </div>
        <div className="overflow-x-auto">
          <Table data-testid="campaigns-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Chiến dịch</Table.HeaderCell>
                <Table.HeaderCell>Giảm</Table.HeaderCell>
                <Table.HeaderCell>Điều kiện</Table.HeaderCell>
                <Table.HeaderCell>Thời gian (giờ VN)</Table.HeaderCell>
                <Table.HeaderCell>Ngân sách đã dùng</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.campaigns ?? []).map((c) => (
                <Table.Row key={c.id}>
                  <Table.Cell className="max-w-[16rem]">
                    <span className="block truncate" title={c.name}>
                      {c.name}
                    </span>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {c.code ? `Mã ${c.code}` : "Tự động"} · /campaigns/{c.identifier}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    {c.discount.type === "percentage" ? `${c.discount.value}%` : vnd(c.discount.value)}
                  </Table.Cell>
                  <Table.Cell className="max-w-[16rem] truncate" title={rulesText(c.rules)}>
                    {rulesText(c.rules)}
                  </Table.Cell>
                  <Table.Cell>
                    {vnTime(c.starts_at)} – {vnTime(c.ends_at)}
                  </Table.Cell>
                  <Table.Cell>
                    {c.budget
                      ? c.budget.type === "spend"
                        ? `${vnd(c.budget.used)} / ${vnd(c.budget.limit)}`
                        : `${c.budget.used} / ${c.budget.limit} đơn`
                      : "—"}
                  </Table.Cell>
                  <Table.Cell>
                    <Badge color={STATUS_COLOR[c.status]}>{c.status}</Badge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </Container>

      <Container className="flex flex-col gap-3 p-6">
        <Heading level="h2">Chiến dịch mới</Heading>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <Label htmlFor="c-name">Tên</Label>
            <Input id="c-name" value={form.name} onChange={set("name")} />
          </div>
          <div>
            <Label htmlFor="c-identifier">Địa chỉ trang (identifier)</Label>
            <Input
              id="c-identifier"
              value={form.identifier}
              onChange={set("identifier")}
              placeholder="tuan-le-ocop-lao-cai"
            />
          </div>
          <div>
            <Label htmlFor="c-starts">Bắt đầu (giờ VN)</Label>
            <Input id="c-starts" type="datetime-local" value={form.starts_at} onChange={set("starts_at")} />
          </div>
          <div>
            <Label htmlFor="c-ends">Kết thúc (giờ VN)</Label>
            <Input id="c-ends" type="datetime-local" value={form.ends_at} onChange={set("ends_at")} />
          </div>
          <div>
            <Label>Kiểu giảm</Label>
            <Select value={form.type} onValueChange={(type) => setForm({ ...form, type })}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="percentage">Phần trăm</Select.Item>
                <Select.Item value="fixed">Số tiền (đồng)</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="c-value">Mức giảm</Label>
            <Input id="c-value" inputMode="numeric" value={form.value} onChange={set("value")} />
          </div>
          <div>
            <Label htmlFor="c-code">Mã (bỏ trống: tự động)</Label>
            <Input id="c-code" value={form.code} onChange={set("code")} />
          </div>
          <div>
            <Label htmlFor="c-budget">Ngân sách (đồng, không bắt buộc)</Label>
            <Input id="c-budget" inputMode="numeric" value={form.budget} onChange={set("budget")} />
          </div>
          <div>
            <Label htmlFor="c-provinces">Tỉnh (cách nhau bằng dấu phẩy)</Label>
            <Input id="c-provinces" value={form.provinces} onChange={set("provinces")} />
          </div>
          <div>
            <Label htmlFor="c-groups">Nhóm sản phẩm (1–6)</Label>
            <Input id="c-groups" value={form.groups} onChange={set("groups")} />
          </div>
          <div>
            <Label htmlFor="c-stars">Số sao (3, 4, 5)</Label>
            <Input id="c-stars" value={form.stars} onChange={set("stars")} />
          </div>
        </div>
        <div>
          <Button onClick={create} isLoading={saving}>
            Tạo chiến dịch
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
