import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminCall, ClippedText } from "../../components/review-list"
import { RETURN_REASONS } from "@ocop/reference"

type SellerReturn = {
  id: string
  number: string | null
  seller: { id: string; legal_name: string } | null
  status: "requested" | "accepted" | "refused" | "escalated" | "closed" | "refunded"
  reason: string
  note: string | null
  lines: { item_id: string; quantity: number; title: string; variant_title: string | null }[]
  photos: { id: string; url: string }[]
  refund_amount: number
  return_shipping: { amount: number; paid_by: "seller" | "buyer" | null }
  payment_method: string
  refund_account: { bank: string; account_number: string; holder: string } | null
  instructions: string | null
  refusal_reason: string | null
  escalation_note: string | null
  admin_note: string | null
  created_at: string
  can_decide: boolean
  can_receive: boolean
}

const STATUSES: SellerReturn["status"][] = ["requested", "accepted", "refused", "escalated", "closed", "refunded"]

/** An amount in đồng, grouped as the admin's language groups digits. */
const vnd = (amount: number, lang: string) =>
  `${new Intl.NumberFormat(lang.startsWith("vi") ? "vi-VN" : "en-US").format(amount)} ₫`

/** The admin's decision on one escalated request: accept (with return instructions) or refuse, both with a note. */
const Decide = ({ row, onDone }: { row: SellerReturn; onDone: () => void }) => {
  const { t } = useTranslation()
  const [instructions, setInstructions] = useState("")
  const [note, setNote] = useState("")
  const [busy, setBusy] = useState(false)

  async function decide(decision: "accept" | "refuse") {
    // What the API would refuse, said in the admin's language before anything is sent.
    const missing =
      note.trim().length < 3
        ? "ocop_returns.note_required"
        : decision === "accept" && instructions.trim().length < 3
          ? "ocop_returns.instructions_required"
          : null
    if (missing) {
      toast.error(t(missing))
      return
    }
    setBusy(true)
    try {
      await adminCall(`/admin/seller-returns/${row.id}/decide`, {
        method: "POST",
        body: { decision, note, ...(decision === "accept" ? { instructions } : {}) },
      })
      toast.success(t(decision === "accept" ? "ocop_returns.accepted_done" : "ocop_returns.refused_done"))
      onDone()
    } catch {
      toast.error(t("ocop_returns.failed"))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex min-w-[16rem] flex-col gap-2">
      <Textarea
        placeholder={t("ocop_returns.note_placeholder")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        aria-label={t("ocop_returns.note")}
      />
      <Textarea
        placeholder={t("ocop_returns.instructions_placeholder")}
        value={instructions}
        onChange={(event) => setInstructions(event.target.value)}
        aria-label={t("ocop_returns.instructions")}
      />
      <div className="flex gap-2">
        <Button size="small" disabled={busy} onClick={() => decide("accept")}>
          {t("ocop_returns.accept")}
        </Button>
        <Button size="small" variant="danger" disabled={busy} onClick={() => decide("refuse")}>
          {t("ocop_returns.refuse")}
        </Button>
      </div>
    </div>
  )
}

/** Returns that need the marketplace: escalated refusals to decide, accepted returns to mark received. */
const SellerReturnsPage = () => {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState<string>("escalated")
  const [rows, setRows] = useState<SellerReturn[] | null>(null)

  const load = useCallback(async () => {
    try {
      const query = status === "all" ? "" : `&status=${status}`
      const { returns } = await adminCall<{ returns: SellerReturn[] }>(`/admin/seller-returns?limit=100${query}`)
      setRows(returns)
    } catch {
      toast.error(t("ocop_returns.load_failed"))
    }
  }, [status, t])

  useEffect(() => {
    void load()
  }, [load])

  async function received(row: SellerReturn) {
    try {
      await adminCall(`/admin/seller-returns/${row.id}/received`, { method: "POST", body: {} })
      toast.success(t("ocop_returns.received_done"))
      void load()
    } catch {
      toast.error(t("ocop_returns.failed"))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading>{t("ocop_returns.title")}</Heading>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger className="w-56" aria-label={t("ocop_returns.filter")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">{t("ocop_returns.all")}</Select.Item>
            {STATUSES.map((value) => (
              <Select.Item key={value} value={value}>
                {t(`ocop_returns.status.${value}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {rows && !rows.length ? <Text className="px-6 py-4 text-ui-fg-subtle">{t("ocop_returns.empty")}</Text> : null}
      {rows?.length ? (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("ocop_returns.order")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_returns.items")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_returns.reason_header")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_returns.sides")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_returns.refund")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_returns.status_header")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_returns.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.id} className="align-top" data-testid={`seller-return-${row.number}`}>
                  <Table.Cell>
                    <Text size="small">#{row.number}</Text>
                    <ClippedText text={row.seller?.legal_name ?? ""} className="text-ui-fg-subtle" />
                  </Table.Cell>
                  <Table.Cell>
                    {row.lines.map((line) => (
                      <ClippedText key={line.item_id} text={`${line.quantity} × ${line.title}`} />
                    ))}
                    {row.photos.map((photo, index) => (
                      <a
                        key={photo.id}
                        href={photo.url}
                        target="_blank"
                        rel="noreferrer"
                        className="mr-2 text-ui-fg-interactive"
                      >
                        {t("ocop_returns.photo", { n: index + 1 })}
                      </a>
                    ))}
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="small">
                      {t(
                        `ocop_returns.reason.${(RETURN_REASONS as readonly string[]).includes(row.reason) ? row.reason : "other"}`,
                      )}
                    </Text>
                    {row.note ? <ClippedText text={row.note} className="text-ui-fg-subtle" /> : null}
                  </Table.Cell>
                  <Table.Cell>
                    {row.refusal_reason ? (
                      <ClippedText text={t("ocop_returns.by_seller", { text: row.refusal_reason })} />
                    ) : null}
                    {row.escalation_note ? (
                      <ClippedText text={t("ocop_returns.by_buyer", { text: row.escalation_note })} />
                    ) : null}
                    {row.admin_note ? (
                      <ClippedText text={t("ocop_returns.by_admin", { text: row.admin_note })} />
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="small">{vnd(row.refund_amount, i18n.language)}</Text>
                    {row.return_shipping.amount > 0 && row.return_shipping.paid_by ? (
                      <ClippedText
                        className="text-ui-fg-subtle"
                        text={t(`ocop_returns.shipping_paid_by_${row.return_shipping.paid_by}`, {
                          amount: vnd(row.return_shipping.amount, i18n.language),
                        })}
                      />
                    ) : null}
                    {row.refund_account ? (
                      <ClippedText
                        className="text-ui-fg-subtle"
                        text={`${row.refund_account.bank} ${row.refund_account.account_number} (${row.refund_account.holder})`}
                      />
                    ) : row.payment_method === "card" ? (
                      <ClippedText className="text-ui-fg-subtle" text={t("ocop_returns.to_card")} />
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" data-testid="seller-return-status">
                      {t(`ocop_returns.status.${row.status}`)}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    {row.can_decide ? <Decide row={row} onDone={load} /> : null}
                    {row.can_receive ? (
                      <Button size="small" variant="secondary" onClick={() => received(row)}>
                        {t("ocop_returns.received")}
                      </Button>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ocop_returns.menu",
  translationNs: "translation",
  icon: ArrowUturnLeft,
})

export default SellerReturnsPage
