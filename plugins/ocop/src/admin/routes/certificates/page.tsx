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
import { authorityLabel, formatVnDate, STATUS_LABELS, validUntilOf } from "../../lib/labels"
import type { CertificateFilters } from "../../lib/types"

const PAGE_SIZE = 20
const ALL = "all"
const FILTER_KEYS = ["status", "stars", "province", "product_group", "expiring_within_days", "q"] as const

/** Chứng nhận OCOP: every certificate, filtered, paginated, exportable as CSV. */
const CertificatesPage = () => {
  const { t } = useTranslation()
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
      toast.success("Đã xuất CSV", { description: filename })
    } catch (e) {
      toast.error("Không xuất được CSV", { description: (e as Error).message })
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
            {count} chứng nhận
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={exportCsv} isLoading={exporting} data-testid="export-csv">
          Xuất CSV (Export CSV)
        </Button>
      </div>

      <div className="grid grid-cols-1 gap-3 px-6 py-4 sm:grid-cols-2 lg:grid-cols-6" data-testid="certificate-filters">
        <FilterSelect
          label="Trạng thái (status)"
          testId="filter-status"
          value={filters.status}
          onChange={(v) => setFilter("status", v)}
          options={Object.entries(STATUS_LABELS).map(([value, l]) => ({ value, label: `${l.vi} (${l.en})` }))}
        />
        <FilterSelect
          label="Hạng sao (stars)"
          testId="filter-stars"
          value={filters.stars}
          onChange={(v) => setFilter("stars", v)}
          options={[3, 4, 5].map((s) => ({ value: String(s), label: `${s} sao ${"★".repeat(s)}` }))}
        />
        <FilterSelect
          label="Tỉnh/thành (province)"
          testId="filter-province"
          value={filters.province}
          onChange={(v) => setFilter("province", v)}
          options={PROVINCE_NAMES.map((name) => ({ value: name, label: name }))}
        />
        <FilterSelect
          label="Nhóm sản phẩm (group)"
          testId="filter-group"
          value={filters.product_group}
          onChange={(v) => setFilter("product_group", v)}
          options={PRODUCT_GROUPS.map((g) => ({ value: String(g.code), label: `${g.code}. ${g.label_vi}` }))}
        />
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="ocop-filter-days" size="xsmall">
            Hết hạn trong N ngày (expiring within)
          </Label>
          <Input
            id="ocop-filter-days"
            type="number"
            min={1}
            size="small"
            placeholder="vd. 30"
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="ocop-filter-q" size="xsmall">
            Tìm (search)
          </Label>
          <Input
            id="ocop-filter-q"
            type="search"
            size="small"
            placeholder="Số QĐ, sản phẩm, chủ thể"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
      </div>

      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          Không tải được danh sách: {(error as Error).message}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table data-testid="certificates-table" aria-busy={isFetching}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
                <Table.HeaderCell>Chủ thể</Table.HeaderCell>
                <Table.HeaderCell>Hạng</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
                <Table.HeaderCell>Số quyết định</Table.HeaderCell>
                <Table.HeaderCell>Cơ quan</Table.HeaderCell>
                <Table.HeaderCell>Hiệu lực đến</Table.HeaderCell>
                <Table.HeaderCell>Tỉnh/thành</Table.HeaderCell>
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
                    title={`${c.authority_name} (${authorityLabel(c.authority_level)})`}
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
                      {isLoading ? "Đang tải…" : "Không có chứng nhận phù hợp (no matching certificate)."}
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
        translations={{ of: "trên", results: "chứng nhận", pages: "trang", prev: "Trước", next: "Sau" }}
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
}) => (
  <div className="flex flex-col gap-y-1">
    <Label size="xsmall">{label}</Label>
    <Select value={value ?? ALL} onValueChange={onChange} size="small">
      <Select.Trigger data-testid={testId} aria-label={label}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>Tất cả (all)</Select.Item>
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

export const config = defineRouteConfig({
  label: "ocop_certificates.menu",
  translationNs: "translation",
  icon: BadgeCheck,
})

export default CertificatesPage
