import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { qrSvg } from "@ocop/plugin-ocop/qr"
import { BANK_TRANSFER_PROVIDER } from "../constants"
import type { BankTransfer, BankTransferStatus, VatInvoice } from "@ocop/reference"

type Container = Pick<MedusaContainer, "resolve">

const num = (value: unknown) => MathBN.convert((value ?? 0) as any).toNumber()

export interface OrderPayment {
  order_id: string
  display_id: number
  total: number
  shipping_total: number
  /** Of the bank transfer: awaiting_transfer, partially_received or received; null when paid another way. */
  transfer_status: BankTransferStatus | null
  vat_invoice: VatInvoice | null
  /** The order's bank-transfer payment, or null when it is paid another way. */
  bank_transfer:
    | (Omit<BankTransfer, "qr_svg" | "status"> & {
        payment_id: string
        /** Who confirmed what: "seller:<id>" for a seller's part, "admin:<user id>" for the operator. */
        receipts: { amount: number; confirmed_by: string | null; confirmed_at: string }[]
      })
    | null
}

/** An order's payment as the wholesale routes show it (404 when there is no such order). */
export async function orderPayment(container: Container, orderId: string): Promise<OrderPayment> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "total",
      "shipping_total",
      "metadata",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.amount",
      "payment_collections.payments.data",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.captures.created_by",
      "payment_collections.payments.captures.created_at",
    ],
    filters: { id: orderId },
  })
  const order = (data as any[])[0]
  if (!order) throw notFound(`order ${orderId} not found`)
  const payment = (order.payment_collections ?? [])
    .flatMap((collection: any) => collection?.payments ?? [])
    .find((p: any) => p?.provider_id === BANK_TRANSFER_PROVIDER && !p.canceled_at)
  const receipts = (payment?.captures ?? [])
    .map((capture: any) => ({
      amount: num(capture.amount),
      confirmed_by: capture.created_by ?? null,
      confirmed_at: capture.created_at,
    }))
    .sort((a: any, b: any) => String(a.confirmed_at).localeCompare(String(b.confirmed_at)))
  const amount = payment ? num(payment.amount) : 0
  const received = receipts.reduce((sum: number, r: any) => sum + r.amount, 0)
  return {
    order_id: order.id,
    display_id: order.display_id,
    total: num(order.total),
    shipping_total: num(order.shipping_total),
    transfer_status: !payment
      ? null
      : received >= amount
        ? "received"
        : received > 0
          ? "partially_received"
          : "awaiting_transfer",
    vat_invoice: (order.metadata?.vat_invoice as VatInvoice | undefined) ?? null,
    bank_transfer: payment
      ? {
          payment_id: payment.id,
          reference: payment.data?.reference,
          amount,
          received,
          bank_bin: payment.data?.bank_bin,
          bank_name: payment.data?.bank_name,
          account_number: payment.data?.account_number,
          account_name: payment.data?.account_name,
          payload: payment.data?.payload,
          receipts,
        }
      : null,
  }
}

/** The buyer's view: the transfer details and the VietQR code as SVG to scan with a banking app. */
export function presentForBuyer(payment: OrderPayment): {
  order_id: string
  vat_invoice: VatInvoice | null
  bank_transfer: BankTransfer | null
} {
  const transfer = payment.bank_transfer
  return {
    order_id: payment.order_id,
    vat_invoice: payment.vat_invoice,
    bank_transfer: transfer
      ? {
          reference: transfer.reference,
          amount: transfer.amount,
          received: transfer.received,
          bank_bin: transfer.bank_bin,
          bank_name: transfer.bank_name,
          account_number: transfer.account_number,
          account_name: transfer.account_name,
          payload: transfer.payload,
          qr_svg: qrSvg(transfer.payload),
          status: payment.transfer_status ?? "awaiting_transfer",
        }
      : null,
  }
}

export const sellerReceiptActor = (sellerId: string) => `seller:${sellerId}`
export const adminReceiptActor = (userId: string) => `admin:${userId}`
