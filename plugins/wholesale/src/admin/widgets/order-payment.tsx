import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import type { BankTransferStatus, VatInvoice } from "@ocop/reference"

type OrderPayment = {
  transfer_status: BankTransferStatus | null
  vat_invoice: VatInvoice | null
  bank_transfer: {
    reference: string
    amount: number
    received: number
    receipts: { amount: number; confirmed_by: string | null; confirmed_at: string }[]
  } | null
}

const STATUS = {
  awaiting_transfer: ["Chờ chuyển khoản", "orange"],
  partially_received: ["Đã nhận một phần", "blue"],
  received: ["Đã nhận đủ", "green"],
} as const

const vnd = (amount: number) => `${new Intl.NumberFormat("vi-VN").format(amount)} ₫`

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, {
    credentials: "include",
    headers: { "content-type": "application/json" },
    ...init,
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)
  return body as T
}

/** The order's VAT invoice details and bank transfer (VietQR): receipts so far, and the operator's confirmation. */
const OrderPaymentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [payment, setPayment] = useState<OrderPayment | null>(null)
  const [busy, setBusy] = useState(false)
  const load = useCallback(async () => {
    try {
      setPayment((await call<{ payment: OrderPayment }>(`/admin/wholesale/orders/${order.id}`)).payment)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }, [order.id])
  useEffect(() => {
    load()
  }, [load])
  if (!payment || (!payment.vat_invoice && !payment.bank_transfer)) return null

  const confirm = async () => {
    setBusy(true)
    try {
      setPayment(
        (
          await call<{ payment: OrderPayment }>(`/admin/wholesale/orders/${order.id}/confirm-receipt`, {
            method: "POST",
          })
        ).payment,
      )
      toast.success("Đã xác nhận nhận tiền chuyển khoản")
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const transfer = payment.bank_transfer
  const status = payment.transfer_status ? STATUS[payment.transfer_status] : null
  return (
    <Container className="divide-y p-0" data-testid="wholesale-order-payment">
      {transfer && status ? (
        <div className="flex flex-col gap-2 px-6 py-4">
          <div className="flex items-center justify-between">
            <Heading level="h2">Chuyển khoản VietQR</Heading>
            <Badge color={status[1]}>{status[0]}</Badge>
          </div>
          <Text size="small">Nội dung: {transfer.reference}</Text>
          <Text size="small">
            Đã nhận {vnd(transfer.received)} / {vnd(transfer.amount)}
          </Text>
          {transfer.receipts.map((receipt) => (
            <Text key={receipt.confirmed_at} size="small" className="text-ui-fg-subtle">
              {vnd(receipt.amount)} — {receipt.confirmed_by?.startsWith("seller:") ? "người bán" : "nhà vận hành"},{" "}
              {new Date(receipt.confirmed_at).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}
            </Text>
          ))}
          {transfer.received < transfer.amount ? (
            <Button size="small" variant="secondary" isLoading={busy} onClick={confirm}>
              Xác nhận đã nhận đủ tiền
            </Button>
          ) : null}
        </div>
      ) : null}
      {payment.vat_invoice ? (
        <div className="flex flex-col gap-1 px-6 py-4">
          <Heading level="h2">Hóa đơn GTGT</Heading>
          <Text size="small">{payment.vat_invoice.company_name}</Text>
          <Text size="small">MST: {payment.vat_invoice.tax_code}</Text>
          <Text size="small">{payment.vat_invoice.address}</Text>
          <Text size="small">{payment.vat_invoice.email}</Text>
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderPaymentWidget
