import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useQuery } from "@tanstack/react-query"
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { productGroup, vietnamTime } from "@ocop/reference"
import { ListTable } from "@ocop/plugin-ocop/admin/list-page"
import { vnd, vndShort } from "../../lib/money"
import { backendUrl, sdk } from "../../lib/sdk"

type Stats = {
  generated_at: string
  totals: { certified_products: number; producers: number }
  by_stars: { stars: number; products: number }[]
  by_group: { product_group: number; products: number; orders: number; sales: number }[]
  expiring: Record<"within_30_days" | "within_60_days" | "within_90_days", number>
  new_per_month: { month: string; certificates: number }[]
  top_products: {
    product_id: string
    title: string
    province: string
    product_group: number
    quantity: number
    orders: number
    sales: number
  }[]
  live_sessions: {
    id: string
    title: string
    starts_at: string
    status: "upcoming" | "live" | "ended"
    orders: number
    units: number
    revenue: number
  }[]
  provinces: {
    province: string
    certified_products: number
    five_star: number
    producers: number
    orders: number
    sales: number
  }[]
}

const CHART_HEIGHT = 240

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Container className="p-4">
      <Heading level="h2" className="mb-3">
        {title}
      </Heading>
      {children}
    </Container>
  )
}

/** The OCOP programme: the programme officers' dashboard (GET /admin/ocop/programme). */
const ProgrammePage = () => {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const units = {
    billion: t("ocop_programme.units.billion"),
    million: t("ocop_programme.units.million"),
    thousand: t("ocop_programme.units.thousand"),
  }
  const { data, isLoading, error } = useQuery({
    queryKey: ["ocop", "programme"],
    queryFn: () => sdk.client.fetch<Stats>("/admin/ocop/programme"),
  })
  if (isLoading) return <Text>{t("ocop_programme.loading")}</Text>
  if (error || !data) return <Text className="text-ui-fg-error">{t("ocop_programme.load_failed")}</Text>

  const groups = data.by_group.map((g) => ({
    ...g,
    name:
      (lang.startsWith("vi") ? productGroup(g.product_group)?.label_vi : productGroup(g.product_group)?.label_en) ??
      String(g.product_group),
  }))
  const provinces = [...data.provinces].sort((a, b) => b.certified_products - a.certified_products)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between p-4">
        <div>
          <Heading level="h1">{t("ocop_programme.title")}</Heading>
          <Text className="text-ui-fg-subtle">
            {t("ocop_programme.summary", {
              products: data.totals.certified_products,
              producers: data.totals.producers,
              at: vietnamTime(data.generated_at, lang),
            })}
          </Text>
        </div>
        <a href={`${backendUrl.replace(/\/$/, "")}/admin/ocop/programme/export.csv`} download>
          <Button variant="secondary">{t("ocop_programme.export")}</Button>
        </a>
      </Container>

      <div className="grid grid-cols-1 gap-3 lg:grid-cols-3">
        {(["within_30_days", "within_60_days", "within_90_days"] as const).map((key) => (
          <Container key={key} className="p-4" data-testid={`expiring-${key}`}>
            <Text className="text-ui-fg-subtle">{t("ocop_programme.expiring", { days: key.match(/\d+/)![0] })}</Text>
            <Heading level="h1">{data.expiring[key]}</Heading>
          </Container>
        ))}
      </div>

      <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        <Card title={t("ocop_programme.by_stars")}>
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <BarChart data={data.by_stars.map((s) => ({ ...s, name: `${s.stars}★` }))}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="products" name={t("ocop_programme.products")} fill="#d4a017" />
            </BarChart>
          </ResponsiveContainer>
        </Card>
        <Card title={t("ocop_programme.by_group")}>
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <BarChart data={groups}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" interval={0} angle={-20} textAnchor="end" height={60} tick={{ fontSize: 11 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="products" name={t("ocop_programme.products")} fill="#2f7d32" />
            </BarChart>
          </ResponsiveContainer>
        </Card>
        <Card title={t("ocop_programme.new_per_month")}>
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <LineChart data={data.new_per_month}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Line dataKey="certificates" name={t("ocop_programme.certificates")} stroke="#a4161a" />
            </LineChart>
          </ResponsiveContainer>
        </Card>
        <Card title={t("ocop_programme.sales_by_group")}>
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <BarChart data={groups}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" interval={0} angle={-20} textAnchor="end" height={60} tick={{ fontSize: 11 }} />
              <YAxis yAxisId="sales" width={90} tickFormatter={(value) => vndShort(value, lang, units)} />
              <YAxis yAxisId="orders" orientation="right" allowDecimals={false} />
              <Tooltip
                formatter={(value, name) => (name === t("ocop_programme.sales") ? vnd(Number(value), lang) : value)}
              />
              <Legend />
              <Bar yAxisId="sales" dataKey="sales" name={t("ocop_programme.sales")} fill="#1565c0" />
              <Bar yAxisId="orders" dataKey="orders" name={t("ocop_programme.orders")} fill="#90caf9" />
            </BarChart>
          </ResponsiveContainer>
        </Card>
      </div>

      <Card title={t("ocop_programme.by_province")}>
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart data={provinces.filter((p) => p.certified_products > 0)}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="province" interval={0} angle={-30} textAnchor="end" height={70} tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="certified_products" name={t("ocop_programme.products")} fill="#d4a017" />
            <Bar dataKey="five_star" name={t("ocop_programme.five_star")} fill="#a4161a" />
          </BarChart>
        </ResponsiveContainer>
      </Card>

      <Card title={t("ocop_programme.top_products")}>
        <ListTable
          rows={data.top_products}
          rowKey={(p) => p.product_id}
          columns={[
            { header: t("ocop_programme.product"), clip: "16rem", title: (p) => p.title, cell: (p) => p.title },
            { header: t("ocop_programme.province"), cell: (p) => p.province },
            { header: t("ocop_programme.order_count"), cell: (p) => p.orders },
            { header: t("ocop_programme.quantity"), cell: (p) => p.quantity },
            { header: t("ocop_programme.sales"), cell: (p) => vnd(p.sales, lang) },
          ]}
        />
      </Card>

      <Card title={t("ocop_programme.live_sessions")}>
        <ListTable
          testId="live-sessions-table"
          rows={data.live_sessions}
          rowKey={(s) => s.id}
          columns={[
            {
              header: t("ocop_programme.session"),
              clip: "16rem",
              title: (s) => s.title,
              cell: (s) => (s.status === "live" ? t("ocop_programme.live_now", { title: s.title }) : s.title),
            },
            { header: t("ocop_programme.starts"), cell: (s) => vietnamTime(s.starts_at, lang) },
            { header: t("ocop_programme.orders"), cell: (s) => s.orders },
            { header: t("ocop_programme.quantity"), cell: (s) => s.units },
            { header: t("ocop_programme.sales"), cell: (s) => vnd(s.revenue, lang) },
          ]}
        />
        {data.live_sessions.length ? null : <Text className="px-2 py-2">{t("ocop_programme.no_sessions")}</Text>}
      </Card>

      <Card title={t("ocop_programme.provinces")}>
        <ListTable
          testId="provinces-table"
          rows={data.provinces}
          rowKey={(p) => p.province}
          columns={[
            { header: t("ocop_programme.province_city"), cell: (p) => p.province },
            { header: t("ocop_programme.products"), cell: (p) => p.certified_products },
            { header: t("ocop_programme.five_star"), cell: (p) => p.five_star },
            { header: t("ocop_programme.producers"), cell: (p) => p.producers },
            { header: t("ocop_programme.orders"), cell: (p) => p.orders },
            { header: t("ocop_programme.sales"), cell: (p) => vnd(p.sales, lang) },
          ]}
        />
      </Card>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "ocop_programme.menu",
  translationNs: "translation",
  icon: ChartBar,
})

export default ProgrammePage
