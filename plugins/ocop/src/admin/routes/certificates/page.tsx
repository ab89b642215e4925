import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { PRODUCT_GROUPS } from "@ocop/reference"
import { PROVINCE_NAMES } from "@ocop/reference"
import { Stars } from "../../components/stars"
import { CertificateStatusBadge } from "../../components/status-badge"
import { downloadCertificatesCsv, useCertificates } from "../../lib/api"
import { authorityLabel, formatVnDate, localized, STATUS_COLORS, validUntilOf } from "../../lib/labels"
import type { CertificateFilters } from "../../lib/types"

const PAGE_SIZE = 20
const ALL = "all"
const FILTER_KEYS = ["status", "stars", "province", "product_group", "expiring_within_days", "q"] as const

/** OCOP certificates: every certificate, filtered, paginated, exportable as CSV. */
const CertificatesPage = () => {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [params, setParams] = useSearchParams()
  const filters: CertificateFilters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined]).filter(([, v]) => v),
  )
  const page = Math.max(0, Number(params.get("page") ?? 0) || 0)
  const { data, isLoading, isFetching, error } = useCertificates(filters, {
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const [exporting, setExporting] = useState(false)

  // Text filters are typed freely and applied after a pause.
  const [q, setQ] = useState(filters.q ?? "")
  const [days, setDays] = useState(filters.expiring_within_days ?? "")
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filters.q ?? "") !== q.trim()) setFilter("q", q.trim())
      const cleanDays = /^\d+$/.test(days.trim()) ? days.trim() : ""
      if ((filters.expiring_within_days ?? "") !== cleanDays) setFilter("expiring_within_days", cleanDays)
    }, 400)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q, days])

  function setFilter(key: (typeof FILTER_KEYS)[number], value: string) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        if (value && value !== ALL) next.set(key, value)
        else next.delete(key)
        next.delete("page")
        return next
      },
      { replace: true },
    )
  }
  const setPage = (index: number) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      if (index > 0) next.set("page", String(index))
      else next.delete("page")
      return next
    })

  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const certificates = data?.certificates ?? []

  const exportCsv = async () => {
    setExporting(true)
    try {
      const filename = await downloadCertificatesCsv(filters)
      toast.success(t("ocop_certificates.exported"), { description: filename })
    } catch {
      toast.error(t("ocop_certificates.export_failed"))
    } finally {
      setExporting(false)
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="ocop-certificates-page">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h1">{t("ocop_certificates.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ocop_certificates.count", { count })}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={exportCsv} isLoading={exporting} data-testid="export-csv">
          {t("ocop_certificates.export")}
        </Button>
      </div>

      <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-2 lg:grid-cols-6" data-testid="certificate-filters">
        <FilterSelect
          label={t("ocop_certificates.status")}
          testId="filter-status"
          value={filters.status}
          onChange={(v) => setFilter("status", v)}
          options={Object.keys(STATUS_COLORS).map((value) => ({ value, label: t(`ocop_certificate.status.${value}`) }))}
        />
        <FilterSelect
          label={t("ocop_certificates.stars")}
          testId="filter-stars"
          value={filters.stars}
          onChange={(v) => setFilter("stars", v)}
          options={[3, 4, 5].map((s) => ({
            value: String(s),
            label: `${t("ocop_certificates.stars_option", { stars: s })} ${"★".repeat(s)}`,
          }))}
        />
        <FilterSelect
          label={t("ocop_certificates.province")}
          testId="filter-province"
          value={filters.province}
          onChange={(v) => setFilter("province", v)}
          options={PROVINCE_NAMES.map((name) => ({ value: name, label: name }))}
        />
        <FilterSelect
          label={t("ocop_certificates.group")}
          testId="filter-group"
          value={filters.product_group}
          onChange={(v) => setFilter("product_group", v)}
          options={PRODUCT_GROUPS.map((g) => ({ value: String(g.code), label: `${g.code}. ${localized(g, lang)}` }))}
        />
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="ocop-filter-days" size="xsmall">
            {t("ocop_certificates.expiring")}
          </Label>
          <Input
            id="ocop-filter-days"
            type="number"
            min={1}
            size="small"
            placeholder={t("ocop_certificates.expiring_placeholder")}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="ocop-filter-q" size="xsmall">
            {t("ocop_certificates.search")}
          </Label>
          <Input
            id="ocop-filter-q"
            type="search"
            size="small"
            placeholder={t("ocop_certificates.search_placeholder")}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
      </div>

      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("ocop_certificates.load_failed")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table data-testid="certificates-table" aria-busy={isFetching}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("ocop_certificates.product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_certificates.subject")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_certificates.rank")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_certificates.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_certificates.decision_number")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_certificates.authority")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_certificates.valid_until")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_certificates.province")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {certificates.map((c) => (
                <Table.Row key={c.id} data-testid="certificate-row" data-stars={c.stars} data-status={c.status}>
                  <Table.Cell>
                    <Link
                      to={`/products/${c.product?.id ?? c.product_id}`}
                      title={c.product?.title ?? c.product_id}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus block max-w-[16rem] truncate"
                    >
                      {c.product?.title ?? c.product_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="max-w-[16rem] truncate" title={c.subject?.legal_name}>
                    {c.subject?.legal_name ?? "—"}
                  </Table.Cell>
                  <Table.Cell>
                    <Stars stars={c.stars} size="small" />
                  </Table.Cell>
                  <Table.Cell>
                    <CertificateStatusBadge status={c.status} />
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    {c.decision_number}
                    <span className="text-ui-fg-muted"> · {formatVnDate(c.decision_date)}</span>
                  </Table.Cell>
                  <Table.Cell
                    className="max-w-[16rem] truncate"
                    title={`${c.authority_name} (${authorityLabel(c.authority_level, lang)})`}
                  >
                    {c.authority_name}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{formatVnDate(validUntilOf(c))}</Table.Cell>
                  <Table.Cell>{c.province}</Table.Cell>
                </Table.Row>
              ))}
              {!certificates.length && (
                <Table.Row>
                  <td colSpan={8} className="px-6">
                    <Text size="small" className="text-ui-fg-muted py-4" data-testid="no-certificates">
                      {t(isLoading ? "ocop_certificates.loading" : "ocop_certificates.none")}
                    </Text>
                  </td>
                </Table.Row>
              )}
            </Table.Body>
          </Table>
        </div>
      )}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={page}
        pageCount={pageCount}
        canPreviousPage={page > 0}
        canNextPage={page + 1 < pageCount}
        previousPage={() => setPage(page - 1)}
        nextPage={() => setPage(page + 1)}
        translations={{
          of: t("ocop_certificates.pagination.of"),
          results: t("ocop_certificates.pagination.results"),
          pages: t("ocop_certificates.pagination.pages"),
          prev: t("ocop_certificates.pagination.prev"),
          next: t("ocop_certificates.pagination.next"),
        }}
      />
    </Container>
  )
}

const FilterSelect = ({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string
  value: string | undefined
  options: { value: string; label: string }[]
  onChange: (value: string) => void
  testId: string
}) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall">{label}</Label>
      <Select value={value ?? ALL} onValueChange={onChange} size="small">
        <Select.Trigger data-testid={testId} aria-label={label}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>{t("ocop_certificates.all")}</Select.Item>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "ocop_certificates.menu",
  translationNs: "translation",
  icon: BadgeCheck,
})

export default CertificatesPage
