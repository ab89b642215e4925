import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
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
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("ocop_programme.product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.province")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.order_count")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.quantity")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.sales")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.top_products.map((p) => (
                <Table.Row key={p.product_id}>
                  <Table.Cell className="max-w-[16rem] truncate" title={p.title}>
                    {p.title}
                  </Table.Cell>
                  <Table.Cell>{p.province}</Table.Cell>
                  <Table.Cell>{p.orders}</Table.Cell>
                  <Table.Cell>{p.quantity}</Table.Cell>
                  <Table.Cell>{vnd(p.sales, lang)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </Card>

      <Card title={t("ocop_programme.live_sessions")}>
        <div className="overflow-x-auto">
          <Table data-testid="live-sessions-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("ocop_programme.session")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.starts")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.orders")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.quantity")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.sales")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.live_sessions.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell className="max-w-[16rem] truncate" title={s.title}>
                    {s.status === "live" ? t("ocop_programme.live_now", { title: s.title }) : s.title}
                  </Table.Cell>
                  <Table.Cell>{vietnamTime(s.starts_at, lang)}</Table.Cell>
                  <Table.Cell>{s.orders}</Table.Cell>
                  <Table.Cell>{s.units}</Table.Cell>
                  <Table.Cell>{vnd(s.revenue, lang)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {data.live_sessions.length ? null : <Text className="px-2 py-2">{t("ocop_programme.no_sessions")}</Text>}
        </div>
      </Card>

      <Card title={t("ocop_programme.provinces")}>
        <div className="overflow-x-auto">
          <Table data-testid="provinces-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("ocop_programme.province_city")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.products")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.five_star")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.producers")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.orders")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_programme.sales")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.provinces.map((p) => (
                <Table.Row key={p.province}>
                  <Table.Cell>{p.province}</Table.Cell>
                  <Table.Cell>{p.certified_products}</Table.Cell>
                  <Table.Cell>{p.five_star}</Table.Cell>
                  <Table.Cell>{p.producers}</Table.Cell>
                  <Table.Cell>{p.orders}</Table.Cell>
                  <Table.Cell>{vnd(p.sales, lang)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
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
