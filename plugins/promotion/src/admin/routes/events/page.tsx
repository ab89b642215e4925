import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Textarea, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { vietnamTime, type TradeEvent } from "@ocop/reference"
import { ListPage } from "@ocop/plugin-ocop/admin/list-page"
import { ProductPicker } from "../../components/product-picker"
import { sdk } from "../../lib/sdk"

const KINDS = ["fair", "exhibition", "live"] as const
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
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const { data, isLoading, error } = useQuery({
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
      toast.success(t(editing ? "ocop_events.saved" : "ocop_events.created"))
      setEditing(null)
      setForm(EMPTY)
      await client.invalidateQueries({ queryKey: ["ocop-events"] })
    } catch {
      toast.error(t("ocop_events.failed"))
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <ListPage
        title={t("ocop_events.title")}
        intro={t("ocop_events.intro")}
        testId="events-table"
        rows={data?.events ?? []}
        rowKey={(event) => event.id}
        loading={isLoading}
        failed={!!error}
        columns={[
          {
            header: t("ocop_events.event"),
            clip: "16rem",
            title: (event) => event.title,
            cell: (event) => event.title,
          },
          { header: t("ocop_events.kind_header"), cell: (event) => t(`ocop_events.kind.${event.kind}`) },
          { header: t("ocop_events.starts_header"), cell: (event) => vietnamTime(event.starts_at, i18n.language) },
          { header: t("ocop_events.ends_header"), cell: (event) => vietnamTime(event.ends_at, i18n.language) },
          {
            header: t("ocop_events.status_header"),
            cell: (event) => (
              <Badge color={STATUS_COLOR[event.status]}>{t(`ocop_events.status.${event.status}`)}</Badge>
            ),
          },
          {
            header: t("ocop_events.actions"),
            cell: (event) => (
              <Button size="small" variant="secondary" onClick={() => (setEditing(event.id), setForm(toForm(event)))}>
                {t("ocop_events.edit")}
              </Button>
            ),
          },
        ]}
      />

      <Container className="flex flex-col gap-3 p-6" data-testid="event-form">
        <Heading level="h2">{t(editing ? "ocop_events.edit_title" : "ocop_events.new")}</Heading>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <Label htmlFor="ev-title">{t("ocop_events.name")}</Label>
            <Input id="ev-title" value={form.title} onChange={set("title")} />
          </div>
          <div>
            <Label htmlFor="ev-handle">{t("ocop_events.handle")}</Label>
            <Input id="ev-handle" value={form.handle} onChange={set("handle")} placeholder="hoi-cho-ocop-ha-noi" />
          </div>
          <div>
            <Label>{t("ocop_events.kind_header")}</Label>
            <Select value={form.kind} onValueChange={(kind) => setForm({ ...form, kind })}>
              <Select.Trigger aria-label={t("ocop_events.kind_header")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {KINDS.map((value) => (
                  <Select.Item key={value} value={value}>
                    {t(`ocop_events.kind.${value}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label htmlFor="ev-province">{t("ocop_events.province")}</Label>
            <Input
              id="ev-province"
              value={form.province}
              onChange={set("province")}
              placeholder={t("ocop_events.province_example")}
            />
          </div>
          <div>
            <Label htmlFor="ev-starts">{t("ocop_events.starts")}</Label>
            <Input id="ev-starts" type="datetime-local" value={form.starts_at} onChange={set("starts_at")} />
          </div>
          <div>
            <Label htmlFor="ev-ends">{t("ocop_events.ends")}</Label>
            <Input id="ev-ends" type="datetime-local" value={form.ends_at} onChange={set("ends_at")} />
          </div>
          <div>
            <Label htmlFor="ev-place">{t("ocop_events.place")}</Label>
            <Input id="ev-place" value={form.place} onChange={set("place")} />
          </div>
          <div>
            <Label htmlFor="ev-stream">{t("ocop_events.stream")}</Label>
            <Input id="ev-stream" value={form.stream_url} onChange={set("stream_url")} />
          </div>
          <div>
            <Label htmlFor="ev-producers">{t("ocop_events.producers")}</Label>
            <Textarea id="ev-producers" value={form.producer_ids} onChange={set("producer_ids")} />
          </div>
          <ProductPicker
            id="ev-products"
            label={t("ocop_events.products")}
            value={form.product_ids}
            onChange={(product_ids) => setForm({ ...form, product_ids })}
          />
        </div>
        <div>
          <Label htmlFor="ev-description">{t("ocop_events.description")}</Label>
          <Textarea id="ev-description" value={form.description} onChange={set("description")} />
        </div>
        <div className="flex gap-2">
          <Button onClick={save} isLoading={saving}>
            {t(editing ? "ocop_events.save" : "ocop_events.create")}
          </Button>
          {editing ? (
            <Button variant="secondary" onClick={() => (setEditing(null), setForm(EMPTY))}>
              {t("ocop_events.cancel")}
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
