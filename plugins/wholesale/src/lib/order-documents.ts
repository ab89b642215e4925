import type { MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import { presentSellerOrders } from "@ocop/plugin-marketplace/seller-orders"
import { notFound } from "@ocop/plugin-ocop/errors"
import { orderPayment } from "./order-payment"

type Container = Pick<MedusaContainer, "resolve">

export const DOCUMENT_KINDS = ["confirmation", "delivery-note"] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

const TITLES: Record<DocumentKind, string> = { confirmation: "Xác nhận đơn hàng", "delivery-note": "Phiếu giao hàng" }

export function documentKind(value: string): DocumentKind {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(value))
    throw notFound(`no document "${value}": confirmation or delivery-note`)
  return value as DocumentKind
}

const escape = (value: unknown) =>
  String(value ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  )
const vnd = (amount: number) => `${new Intl.NumberFormat("vi-VN").format(amount)} ₫`
const vnDateTime = (value: unknown) =>
  new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" }).format(
    new Date(value as string),
  )

const PRINT_CSS = `
@page { size: A4; margin: 15mm; }
body { font: 11pt/1.45 "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #111; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4mm; } h2 { font-size: 11pt; margin: 5mm 0 2mm; text-transform: uppercase; }
.parties { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
table { width: 100%; border-collapse: collapse; } th, td { border: 0.3mm solid #555; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; } tfoot td { font-weight: bold; }
.signatures { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6mm; margin-top: 10mm; text-align: center; min-height: 30mm; }
.print { margin: 4mm 0; } tr { break-inside: avoid; }
@media print { .print { display: none; } a { color: inherit; text-decoration: none; } }
`

/**
 * One seller's part of an order as a print-ready HTML document (A4, print CSS): the order
 * confirmation (prices, totals, VAT invoice details, payment) or the delivery note (quantities and
 * signatures), under the part's own number. The caller has checked who may see the part.
 */
export async function renderOrderDocument(
  container: Container,
  part: Record<string, any>,
  kind: DocumentKind,
): Promise<string> {
  const [[view], seller, payment] = await Promise.all([
    presentSellerOrders(container, [part]),
    container.resolve<SellerModuleService>(SELLER_MODULE).retrieveSeller(part.seller_id),
    orderPayment(container, part.order_id),
  ])
  const address = view.shipping_address as Record<string, string> | null
  const priced = kind === "confirmation"
  const total = view.items.reduce((sum, item) => sum + item.unit_price * item.quantity, 0)
  const invoice = payment.vat_invoice
  const transfer = payment.bank_transfer
  const rows = view.items
    .map(
      (item, index) =>
        `<tr><td class="num">${index + 1}</td><td>${escape(item.title)}${item.variant_title ? ` — ${escape(item.variant_title)}` : ""}</td><td>${escape(item.sku)}</td>` +
        `<td class="num">${item.quantity}</td>` +
        (priced
          ? `<td class="num">${vnd(item.unit_price)}</td><td class="num">${vnd(item.unit_price * item.quantity)}</td>`
          : `<td></td>`) +
        `</tr>`,
    )
    .join("")
  const title = `${TITLES[kind]} #${view.number}`
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(title)} — ${escape(seller.legal_name)}</title><style>${PRINT_CSS}</style></head>
<body>
<p class="print"><button onclick="window.print()">In / Print</button></p>
<h1>${escape(title)}</h1>
<p>Đặt lúc ${escape(vnDateTime(view.placed_at))}${transfer ? ` · Mã thanh toán ${escape(transfer.reference)}` : ""}</p>
<div class="parties">
<section><h2>Người bán</h2><p><strong>${escape(seller.legal_name)}</strong><br>MST: ${escape(seller.tax_code)}<br>${escape(seller.address_1)}, ${escape(seller.province)}<br>${escape(seller.phone)} · ${escape(seller.email)}</p></section>
<section><h2>Giao đến</h2><p>${address ? `<strong>${escape([address.last_name, address.first_name].filter(Boolean).join(" "))}</strong><br>${escape([address.address_1, address.city, address.province].filter(Boolean).join(", "))}<br>${escape(address.phone)}` : ""}</p></section>
</div>
${priced && invoice ? `<section><h2>Thông tin hóa đơn GTGT</h2><p><strong>${escape(invoice.company_name)}</strong><br>MST: ${escape(invoice.tax_code)}<br>${escape(invoice.address)}<br>Nhận hóa đơn điện tử: ${escape(invoice.email)}</p></section>` : ""}
<h2>Hàng hóa</h2>
<table><thead><tr><th class="num">STT</th><th>Sản phẩm</th><th>SKU</th><th class="num">SL</th>${priced ? `<th class="num">Đơn giá</th><th class="num">Thành tiền</th>` : `<th>Ghi chú</th>`}</tr></thead>
<tbody>${rows}</tbody>
${priced ? `<tfoot><tr><td colspan="5">Tổng (đã gồm VAT)</td><td class="num">${vnd(total)}</td></tr></tfoot>` : ""}
</table>
${priced ? `<p>Thanh toán: ${transfer ? `chuyển khoản VietQR tới ${escape(transfer.bank_name)} ${escape(transfer.account_number)} (${escape(transfer.account_name)}), nội dung ${escape(transfer.reference)}` : "theo phương thức đã chọn khi đặt hàng"}.</p>` : `<div class="signatures"><div>Người giao hàng<br>(ký, ghi rõ họ tên)</div><div>Người nhận hàng<br>(ký, ghi rõ họ tên)</div><div>Ngày nhận</div></div>`}
</body></html>`
}
