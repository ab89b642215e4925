import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { localeOf, sendJson, vietnamTime, type BankTransferStatus, type VatInvoice } from "@ocop/reference"

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

const STATUS_COLOR = { awaiting_transfer: "orange", partially_received: "blue", received: "green" } as const

/** A JSON call to the admin API (same origin) with the officer's session cookie; a refusal throws. */
const call = <T,>(path: string, init: { method?: string } = {}) =>
  sendJson<T>("/", path, { method: init.method ?? "GET", credentials: "include" })

/** The order's VAT invoice details and bank transfer (VietQR): receipts so far, and the operator's confirmation. */
const OrderPaymentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const vnd = (amount: number) => `${new Intl.NumberFormat(localeOf(i18n.language)).format(amount)} ₫`
  const [payment, setPayment] = useState<OrderPayment | null>(null)
  const [busy, setBusy] = useState(false)
  const load = useCallback(async () => {
    try {
      setPayment((await call<{ payment: OrderPayment }>(`/admin/wholesale/orders/${order.id}`)).payment)
    } catch {
      toast.error(t("ocop_order_payment.load_failed"))
    }
  }, [order.id, t])
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
      toast.success(t("ocop_order_payment.confirmed"))
    } catch {
      toast.error(t("ocop_order_payment.failed"))
    } finally {
      setBusy(false)
    }
  }
  const transfer = payment.bank_transfer
  const status = payment.transfer_status
  return (
    <Container className="divide-y p-0" data-testid="wholesale-order-payment">
      {transfer && status ? (
        <div className="flex flex-col gap-2 px-6 py-4">
          <div className="flex items-center justify-between">
            <Heading level="h2">{t("ocop_order_payment.transfer")}</Heading>
            <Badge color={STATUS_COLOR[status]}>{t(`ocop_order_payment.${status}`)}</Badge>
          </div>
          <Text size="small">{t("ocop_order_payment.reference", { reference: transfer.reference })}</Text>
          <Text size="small">
            {t("ocop_order_payment.received_of", { received: vnd(transfer.received), amount: vnd(transfer.amount) })}
          </Text>
          {transfer.receipts.map((receipt) => (
            <Text key={receipt.confirmed_at} size="small" className="text-ui-fg-subtle">
              {t("ocop_order_payment.receipt", {
                amount: vnd(receipt.amount),
                by: t(
                  receipt.confirmed_by?.startsWith("seller:")
                    ? "ocop_order_payment.by_seller"
                    : "ocop_order_payment.by_operator",
                ),
                at: vietnamTime(receipt.confirmed_at, i18n.language),
              })}
            </Text>
          ))}
          {transfer.received < transfer.amount ? (
            <Button size="small" variant="secondary" isLoading={busy} onClick={confirm}>
              {t("ocop_order_payment.confirm")}
            </Button>
          ) : null}
        </div>
      ) : null}
      {payment.vat_invoice ? (
        <div className="flex flex-col gap-1 px-6 py-4">
          <Heading level="h2">{t("ocop_order_payment.vat_invoice")}</Heading>
          <Text size="small">{payment.vat_invoice.company_name}</Text>
          <Text size="small">{t("ocop_order_payment.tax_code", { code: payment.vat_invoice.tax_code })}</Text>
          <Text size="small">{payment.vat_invoice.address}</Text>
          <Text size="small">{payment.vat_invoice.email}</Text>
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderPaymentWidget
