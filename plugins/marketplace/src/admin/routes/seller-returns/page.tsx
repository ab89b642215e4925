import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUturnLeft } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminCall, ClippedText } from "../../components/review-list"

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

const STATUS_LABELS: Record<SellerReturn["status"], string> = {
  requested: "Chờ người bán",
  accepted: "Đã đồng ý, chờ nhận hàng",
  refused: "Người bán từ chối",
  escalated: "Chờ sàn quyết định",
  closed: "Sàn giữ từ chối",
  refunded: "Đã hoàn tiền",
}

const REASON_LABELS: Record<string, string> = {
  damaged: "Hỏng, vỡ, móp",
  wrong_item: "Giao sai hàng",
  missing_items: "Thiếu hàng",
  not_as_described: "Không đúng mô tả",
  expired: "Hết hạn",
  quality: "Chất lượng kém",
  other: "Lý do khác",
}

const vnd = (amount: number) => `${new Intl.NumberFormat("vi-VN").format(amount)} ₫`

/** The admin's decision on one escalated request: accept (with return instructions) or refuse, both with a note. */
const Decide = ({ row, onDone }: { row: SellerReturn; onDone: () => void }) => {
  const [instructions, setInstructions] = useState("")
  const [note, setNote] = useState("")
  const [busy, setBusy] = useState(false)

  async function decide(decision: "accept" | "refuse") {
    setBusy(true)
    try {
      await adminCall(`/admin/seller-returns/${row.id}/decide`, {
        method: "POST",
        body: JSON.stringify({ decision, note, ...(decision === "accept" ? { instructions } : {}) }),
      })
      toast.success(decision === "accept" ? "Đã chấp nhận trả hàng" : "Đã giữ quyết định từ chối")
      onDone()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex min-w-[16rem] flex-col gap-2">
      <Textarea
        placeholder="Ý kiến của sàn (bắt buộc)"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        aria-label="Ý kiến của sàn"
      />
      <Textarea
        placeholder="Hướng dẫn gửi hàng lại (khi chấp nhận)"
        value={instructions}
        onChange={(event) => setInstructions(event.target.value)}
        aria-label="Hướng dẫn gửi hàng lại"
      />
      <div className="flex gap-2">
        <Button size="small" disabled={busy} onClick={() => decide("accept")}>
          Chấp nhận trả hàng
        </Button>
        <Button size="small" variant="danger" disabled={busy} onClick={() => decide("refuse")}>
          Từ chối
        </Button>
      </div>
    </div>
  )
}

/** Returns that need the marketplace: escalated refusals to decide, accepted returns to mark received. */
const SellerReturnsPage = () => {
  const { t } = useTranslation()
  const [status, setStatus] = useState<string>("escalated")
  const [rows, setRows] = useState<SellerReturn[] | null>(null)

  const load = useCallback(async () => {
    try {
      const query = status === "all" ? "" : `&status=${status}`
      const { returns } = await adminCall<{ returns: SellerReturn[] }>(`/admin/seller-returns?limit=100${query}`)
      setRows(returns)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }, [status])

  useEffect(() => {
    void load()
  }, [load])

  async function received(row: SellerReturn) {
    try {
      await adminCall(`/admin/seller-returns/${row.id}/received`, { method: "POST", body: "{}" })
      toast.success("Đã nhận lại hàng và ghi nhận hoàn tiền")
      void load()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading>{t("ocop_returns.title")}</Heading>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger className="w-56" aria-label="Trạng thái">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">Tất cả</Select.Item>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {rows && !rows.length ? (
        <Text className="px-6 py-4 text-ui-fg-subtle">Không có yêu cầu trả hàng nào.</Text>
      ) : null}
      {rows?.length ? (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Đơn</Table.HeaderCell>
                <Table.HeaderCell>Hàng trả</Table.HeaderCell>
                <Table.HeaderCell>Lý do</Table.HeaderCell>
                <Table.HeaderCell>Người bán / người mua</Table.HeaderCell>
                <Table.HeaderCell>Hoàn tiền</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.id} className="align-top">
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
                        Ảnh {index + 1}
                      </a>
                    ))}
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="small">{REASON_LABELS[row.reason] ?? row.reason}</Text>
                    {row.note ? <ClippedText text={row.note} className="text-ui-fg-subtle" /> : null}
                  </Table.Cell>
                  <Table.Cell>
                    {row.refusal_reason ? <ClippedText text={`Người bán: ${row.refusal_reason}`} /> : null}
                    {row.escalation_note ? <ClippedText text={`Người mua: ${row.escalation_note}`} /> : null}
                    {row.admin_note ? <ClippedText text={`Sàn: ${row.admin_note}`} /> : null}
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="small">{vnd(row.refund_amount)}</Text>
                    {row.refund_account ? (
                      <ClippedText
                        className="text-ui-fg-subtle"
                        text={`${row.refund_account.bank} ${row.refund_account.account_number} (${row.refund_account.holder})`}
                      />
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall">{STATUS_LABELS[row.status]}</Badge>
                  </Table.Cell>
                  <Table.Cell>
                    {row.can_decide ? <Decide row={row} onDone={load} /> : null}
                    {row.can_receive ? (
                      <Button size="small" variant="secondary" onClick={() => received(row)}>
                        Đã nhận lại hàng
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
