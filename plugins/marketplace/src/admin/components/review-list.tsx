import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { type ReactNode, useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sendJson } from "@ocop/reference"
import { type Reviewable, reviewActions, reviewFilters, reviewQuery, statusColor, statusKey } from "./review"

/** A column of the review table: plain `text` (cut short with a tooltip when long) or any `cell`. */
export type ReviewColumn<T> = { header: string; text?: (row: T) => string; cell?: (row: T) => ReactNode }

/** Every text is given already translated (the page's `t`, from the admin's language setting). */
export type ReviewListProps<T extends Reviewable> = {
  title: string
  /** Admin API collection, e.g. "/admin/sellers"; actions are POSTed to `${endpoint}/:id/:action`. */
  endpoint: string
  /** The key of the list in the API response, e.g. "sellers". */
  listKey: string
  /** The status an accepted registration gets ("approved", "verified") and the action that gives it. */
  accepted: { status: string; action: string; label: string }
  /** Noun for the empty state, e.g. "người bán" / "sellers". */
  noun: string
  /** Header of the first column, which shows the name and contact detail. */
  nameHeader: string
  name: (row: T) => string
  detail: (row: T) => string
  columns: ReviewColumn<T>[]
}

/** A JSON call to the admin API (same origin) with the officer's session cookie; a refusal throws. */
export function adminCall<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  return sendJson<T>("/", path, { method: init.method ?? "GET", body: init.body, credentials: "include" })
}

/** A table cell that never widens the table: long text is cut with an ellipsis and shown whole on hover. */
export const ClippedText = ({ text, className = "" }: { text: string; className?: string }) => (
  <span title={text} className={`block max-w-[16rem] truncate ${className}`}>
    {text}
  </span>
)

/** Registrations by status: accept one, or reject it with a reason. Shared by the seller and distributor reviews. */
export function ReviewList<T extends Reviewable>(props: ReviewListProps<T>) {
  const { title, endpoint, listKey, accepted, noun, nameHeader, name, detail, columns } = props
  const { t } = useTranslation()
  const statusLabel = (status: string) => t(statusKey(status))
  const [filter, setFilter] = useState<string>("pending")
  const [rows, setRows] = useState<T[]>([])
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [loading, setLoading] = useState(false)

  const load = useCallback(async () => {
    setLoading(true)
    try {
      const body = await adminCall<Record<string, T[]>>(`${endpoint}?${reviewQuery(filter)}`)
      setRows(body[listKey] ?? [])
    } catch {
      toast.error(t("ocop_review.load_failed"))
    } finally {
      setLoading(false)
    }
  }, [endpoint, listKey, filter, t])

  useEffect(() => {
    void load()
  }, [load])

  async function review(row: T, action: string) {
    const reason = (reasons[row.id] ?? "").trim()
    if (action === "reject" && !reason) {
      toast.error(t("ocop_review.reason_required"))
      return
    }
    try {
      const body = action === "reject" ? { reason } : undefined
      await adminCall(`${endpoint}/${row.id}/${action}`, { method: "POST", body })
      const status = statusLabel(action === "reject" ? "rejected" : accepted.status).toLowerCase()
      toast.success(t("ocop_review.reviewed", { name: name(row), status }))
      await load()
    } catch {
      toast.error(t("ocop_review.failed"))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">{title}</Heading>
        <Select value={filter} onValueChange={setFilter}>
          <Select.Trigger className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {reviewFilters(accepted.status).map((value) => (
              <Select.Item key={value} value={value}>
                {statusLabel(value)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{nameHeader}</Table.HeaderCell>
              {columns.map((column) => (
                <Table.HeaderCell key={column.header}>{column.header}</Table.HeaderCell>
              ))}
              <Table.HeaderCell>{t("ocop_review.status_header")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_review.review_header")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => {
              const actions = reviewActions(row, accepted.status)
              return (
                <Table.Row key={row.id}>
                  <Table.Cell>
                    <Text weight="plus" as="div">
                      <ClippedText text={name(row)} />
                    </Text>
                    <Text size="small" as="div" className="text-ui-fg-subtle">
                      <ClippedText text={detail(row)} />
                    </Text>
                  </Table.Cell>
                  {columns.map((column) => (
                    <Table.Cell key={column.header}>
                      {column.text ? <ClippedText text={column.text(row)} /> : column.cell?.(row)}
                    </Table.Cell>
                  ))}
                  <Table.Cell>
                    <Badge color={statusColor(row.status, accepted.status)}>{statusLabel(row.status)}</Badge>
                    {row.rejection_reason && (
                      <Text size="small" as="div" className="text-ui-fg-subtle">
                        <ClippedText text={row.rejection_reason} />
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {actions.accept && (
                      <div className="flex items-center gap-2">
                        <Button size="small" onClick={() => review(row, accepted.action)}>
                          {accepted.label}
                        </Button>
                        {actions.reject && (
                          <>
                            <Input
                              size="small"
                              placeholder={t("ocop_review.reject_reason")}
                              aria-label={t("ocop_review.reject_reason")}
                              value={reasons[row.id] ?? ""}
                              onChange={(event) => setReasons({ ...reasons, [row.id]: event.target.value })}
                            />
                            <Button size="small" variant="danger" onClick={() => review(row, "reject")}>
                              {t("ocop_review.reject")}
                            </Button>
                          </>
                        )}
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </div>
      {!loading && !rows.length && (
        <Text className="px-6 py-4 text-ui-fg-subtle">
          {filter === "all"
            ? t("ocop_review.empty", { noun })
            : t("ocop_review.empty_status", { noun, status: statusLabel(filter).toLowerCase() })}
        </Text>
      )}
    </Container>
  )
}
