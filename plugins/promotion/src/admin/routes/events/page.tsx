import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { TradeEvent } from "@ocop/reference"
import { ProductPicker } from "../../components/product-picker"
import { sdk } from "../../lib/sdk"

const KINDS = { fair: "Hội chợ", exhibition: "Triển lãm", live: "Livestream bán hàng" } as const
const STATUS_COLOR = { upcoming: "blue", live: "green", ended: "grey" } as const
const EMPTY = {
  handle: "",
  title: "",
  description: "",
  kind: "fair",
  starts_at: "",
  ends_at: "",
  place: "",
  stream_url: "",
  province: "",
  producer_ids: "",
  product_ids: [] as string[],
}
type FormState = typeof EMPTY

const vnTime = (iso: string) =>
  new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" }).format(
    new Date(iso),
  )

/** "2026-12-05T19:00" (Vietnam time, for a datetime-local input) ⇄ an ISO instant with +07:00. */
const toLocalInput = (iso: string) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" })
    .format(new Date(iso))
    .replace(" ", "T")
const fromLocalInput = (value: string) => (value ? `${value}:00+07:00` : undefined)
const ids = (value: string) => value.split(/[\s,]+/).filter(Boolean)

function toForm(event: TradeEvent): FormState {
  return {
    handle: event.handle,
    title: event.title,
    description: event.description ?? "",
    kind: event.kind,
    starts_at: toLocalInput(event.starts_at),
    ends_at: toLocalInput(event.ends_at),
    place: event.place ?? "",
    stream_url: event.stream_url ?? "",
    province: event.province ?? "",
    producer_ids: event.producer_ids.join("\n"),
    product_ids: event.product_ids,
  }
}

/** Trade fairs, exhibitions and live selling sessions: the calendar and a form to create or edit one (times in Vietnam time). */
const EventsPage = () => {
  const { t } = useTranslation()
  const client = useQueryClient()
  const { data, isLoading } = useQuery({
    queryKey: ["ocop-events"],
    queryFn: () =>
      sdk.client.fetch<{ events: TradeEvent[] }>("/admin/ocop/events", { query: { from: "2000-01-01T00:00:00Z" } }),
  })
  const [editing, setEditing] = useState<string | null>(null)
  const [form, setForm] = useState<FormState>(EMPTY)
  const [saving, setSaving] = useState(false)
  const set = (field: keyof FormState) => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value })

  async function save() {
    setSaving(true)
    try {
      const body = {
        handle: form.handle,
        title: form.title,
        description: form.description || null,
        kind: form.kind,
        starts_at: fromLocalInput(form.starts_at),
        ends_at: fromLocalInput(form.ends_at),
        place: form.place || null,
        stream_url: form.stream_url || null,
        province: form.province || null,
        producer_ids: ids(form.producer_ids),
        product_ids: form.product_ids,
      }
      await sdk.client.fetch(editing ? `/admin/ocop/events/${editing}` : "/admin/ocop/events", { method: "POST", body })
      toast.success(editing ? "Đã lưu sự kiện" : "Đã tạo sự kiện")
      setEditing(null)
      setForm(EMPTY)
      await client.invalidateQueries({ queryKey: ["ocop-events"] })
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
          <Heading level="h1">{t("ocop_events.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Giờ Việt Nam (UTC+7). Sự kiện sắp tới và đang diễn ra hiện trên trang /events của cửa hàng.
          </Text>
        </div>
        <div className="overflow-x-auto">
          <Table data-testid="events-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Sự kiện</Table.HeaderCell>
                <Table.HeaderCell>Loại</Table.HeaderCell>
                <Table.HeaderCell>Bắt đầu</Table.HeaderCell>
                <Table.HeaderCell>Kết thúc</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.events ?? []).map((event) => (
                <Table.Row key={event.id}>
                  <Table.Cell className="max-w-[16rem] truncate" title={event.title}>
                    {event.title}
                  </Table.Cell>
                  <Table.Cell>{KINDS[event.kind]}</Table.Cell>
                  <Table.Cell>{vnTime(event.starts_at)}</Table.Cell>
                  <Table.Cell>{vnTime(event.ends_at)}</Table.Cell>
                  <Table.Cell>
                    <Badge color={STATUS_COLOR[event.status]}>{event.status}</Badge>
                  </Table.Cell>
                  <Table.Cell>
                    <Button
                      size="small"
                      variant="secondary"
                      onClick={() => (setEditing(event.id), setForm(toForm(event)))}
                    >
                      Sửa
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        {isLoading ? <Text className="px-6 py-4">Đang tải…</Text> : null}
      </Container>

      <Container className="flex flex-col gap-3 p-6" data-testid="event-form">
        <Heading level="h2">{editing ? "Sửa sự kiện" : "Sự kiện mới"}</Heading>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <Label htmlFor="ev-title">Tên sự kiện</Label>
            <Input id="ev-title" value={form.title} onChange={set("title")} />
          </div>
          <div>
            <Label htmlFor="ev-handle">Địa chỉ trang (handle)</Label>
            <Input id="ev-handle" value={form.handle} onChange={set("handle")} placeholder="hoi-cho-ocop-ha-noi" />
          </div>
          <div>
            <Label>Loại</Label>
            <Select value={form.kind} onValueChange={(kind) => setForm({ ...form, kind })}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {Object.entries(KINDS).map(([value, label]) => (
                  <Select.Item key={value} value={value}>
                    {label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="ev-province">Tỉnh, thành phố</Label>
            <Input id="ev-province" value={form.province} onChange={set("province")} placeholder="Lào Cai" />
          </div>
          <div>
            <Label htmlFor="ev-starts">Bắt đầu (giờ Việt Nam)</Label>
            <Input id="ev-starts" type="datetime-local" value={form.starts_at} onChange={set("starts_at")} />
          </div>
          <div>
            <Label htmlFor="ev-ends">Kết thúc (giờ Việt Nam)</Label>
            <Input id="ev-ends" type="datetime-local" value={form.ends_at} onChange={set("ends_at")} />
          </div>
          <div>
            <Label htmlFor="ev-place">Địa điểm (hội chợ, triển lãm)</Label>
            <Input id="ev-place" value={form.place} onChange={set("place")} />
          </div>
          <div>
            <Label htmlFor="ev-stream">Link phát trực tiếp (https)</Label>
            <Input id="ev-stream" value={form.stream_url} onChange={set("stream_url")} />
          </div>
          <div>
            <Label htmlFor="ev-producers">Chủ thể tham gia (mã ocsub_…, mỗi dòng một mã)</Label>
            <Textarea id="ev-producers" value={form.producer_ids} onChange={set("producer_ids")} />
          </div>
          <ProductPicker
            id="ev-products"
            label="Sản phẩm giới thiệu"
            value={form.product_ids}
            onChange={(product_ids) => setForm({ ...form, product_ids })}
          />
        </div>
        <div>
          <Label htmlFor="ev-description">Mô tả</Label>
          <Textarea id="ev-description" value={form.description} onChange={set("description")} />
        </div>
        <div className="flex gap-2">
          <Button onClick={save} isLoading={saving}>
            {editing ? "Lưu" : "Tạo sự kiện"}
          </Button>
          {editing ? (
            <Button variant="secondary" onClick={() => (setEditing(null), setForm(EMPTY))}>
              Huỷ
            </Button>
          ) : null}
        </div>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "ocop_events.menu",
  translationNs: "translation",
  icon: CalendarSolid,
})

export default EventsPage
