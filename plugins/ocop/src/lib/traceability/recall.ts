import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { iso, traceability } from "./lots"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

export interface RecallReport {
  orders: {
    order_id: string
    display_id: number | null
    placed_at: string | null
    status: string | null
    email: string | null
    customer: { id: string | null; name: string | null; email: string | null; phone: string | null }
    shipping_address: {
      name: string
      address: string
      city: string | null
      province: string | null
      country_code: string | null
      phone: string | null
    } | null
    quantity: number
    lines: {
      line_item_id: string
      title: string | null
      quantity: number
      source: string
      fulfillment_id: string
      allocated_at: string | null
    }[]
  }[]
  customers: {
    id: string | null
    name: string | null
    email: string | null
    phone: string | null
    orders: (number | string)[]
    quantity: number
  }[]
  distributors: {
    name: string | null
    gln: string | null
    address: string | null
    shipped_at: string | null
    received_at: string | null
    quantity: number | null
  }[]
  totals: { orders: number; customers: number; distributors: number; units_shipped_to_buyers: number }
}

function fullName(first?: string | null, last?: string | null) {
  const name = [last, first].filter(Boolean).join(" ").trim()
  return name || null
}

/** Who received a lot: the orders (and their buyers) shipped from it, and the distributors in its history. */
export async function recallLot(container: Container, lot: Row): Promise<RecallReport> {
  const service = traceability(container)
  const allocations = (await service.listTraceLotAllocations(
    { lot_id: lot.id },
    { take: null, order: { created_at: "ASC", id: "ASC" } },
  )) as Row[]
  const orderIds = [...new Set(allocations.map((a) => a.order_id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orders: Row[] = orderIds.length
    ? (
        await query.graph({
          entity: "order",
          fields: [
            "id",
            "display_id",
            "email",
            "created_at",
            "status",
            "customer_id",
            "customer.first_name",
            "customer.last_name",
            "customer.email",
            "customer.phone",
            "shipping_address.first_name",
            "shipping_address.last_name",
            "shipping_address.address_1",
            "shipping_address.address_2",
            "shipping_address.city",
            "shipping_address.province",
            "shipping_address.country_code",
            "shipping_address.phone",
            "items.id",
            "items.title",
            "items.variant_title",
          ],
          filters: { id: orderIds },
        })
      ).data
    : []
  const byOrder = new Map(orders.map((o) => [o.id, o]))

  const reportOrders: RecallReport["orders"] = orderIds.map((orderId) => {
    const order = byOrder.get(orderId) ?? {}
    const mine = allocations.filter((a) => a.order_id === orderId)
    const address = order.shipping_address
    const items = new Map<string, Row>(((order.items ?? []) as Row[]).filter(Boolean).map((i) => [i.id, i]))
    return {
      order_id: orderId,
      display_id: order.display_id ?? null,
      placed_at: iso(order.created_at),
      status: order.status ?? null,
      email: order.email ?? null,
      customer: {
        id: order.customer_id ?? null,
        name: fullName(
          order.customer?.first_name ?? address?.first_name,
          order.customer?.last_name ?? address?.last_name,
        ),
        email: order.customer?.email ?? order.email ?? null,
        phone: order.customer?.phone ?? address?.phone ?? null,
      },
      shipping_address: address
        ? {
            name: fullName(address.first_name, address.last_name) ?? "",
            address: [address.address_1, address.address_2].filter(Boolean).join(", "),
            city: address.city ?? null,
            province: address.province ?? null,
            country_code: address.country_code ?? null,
            phone: address.phone ?? null,
          }
        : null,
      quantity: mine.reduce((sum, a) => sum + Number(a.quantity), 0),
      lines: mine.map((a) => {
        const item = items.get(a.order_line_item_id)
        return {
          line_item_id: a.order_line_item_id,
          title: item ? [item.title, item.variant_title].filter(Boolean).join(" — ") : null,
          quantity: Number(a.quantity),
          source: a.source,
          fulfillment_id: a.fulfillment_id,
          allocated_at: iso(a.created_at),
        }
      }),
    }
  })

  const customers = new Map<string, RecallReport["customers"][number]>()
  for (const order of reportOrders) {
    const key = order.customer.id ?? order.customer.email ?? order.order_id
    const entry = customers.get(key) ?? { ...order.customer, orders: [], quantity: 0 }
    entry.orders.push(order.display_id ?? order.order_id)
    entry.quantity += order.quantity
    customers.set(key, entry)
  }

  // Distributors: the receivers of the lot's shipments, and the places that received it.
  const events = await service.listLotHistory(lot.id)
  const distributors = new Map<string, RecallReport["distributors"][number]>()
  for (const event of events) {
    const own = ((event.quantities ?? []) as Row[]).filter((q) => !q.epc_class && q.role !== "input")
    const quantity = own.length ? own.reduce((s, q) => s + Number(q.quantity), 0) : null
    if (event.biz_step === "shipping" && event.destination) {
      const d = event.destination as Row
      const key = d.gln ?? d.id ?? d.name
      const entry = distributors.get(key) ?? {
        name: d.name ?? null,
        gln: d.gln ?? null,
        address: d.address ?? null,
        shipped_at: null,
        received_at: null,
        quantity: null,
      }
      entry.shipped_at ??= iso(event.event_time)
      entry.quantity = (entry.quantity ?? 0) + (quantity ?? 0) || entry.quantity
      distributors.set(key, entry)
    }
    if (event.biz_step === "receiving") {
      const place = (event.biz_location ?? event.read_point ?? {}) as Row
      const who = (event.actor ?? {}) as Row
      const name = who.name ?? place.name ?? null
      const key = place.gln ?? who.gln ?? name ?? event.id
      const match = [...distributors.entries()].find(([k, v]) => k === key || (name && v.name === name))
      const entry = match?.[1] ?? {
        name,
        gln: place.gln ?? who.gln ?? null,
        address: place.address ?? null,
        shipped_at: null,
        received_at: null,
        quantity,
      }
      entry.received_at ??= iso(event.event_time)
      entry.address ??= place.address ?? null
      distributors.set(match?.[0] ?? key, entry)
    }
  }

  const customerList = [...customers.values()]
  return {
    orders: reportOrders,
    customers: customerList,
    distributors: [...distributors.values()],
    totals: {
      orders: reportOrders.length,
      customers: customerList.length,
      distributors: distributors.size,
      units_shipped_to_buyers: reportOrders.reduce((sum, o) => sum + o.quantity, 0),
    },
  }
}

export const RECALL_CSV_COLUMNS = [
  { key: "kind", header: "Loại / Kind" },
  { key: "order", header: "Đơn hàng / Order" },
  { key: "date", header: "Ngày / Date" },
  { key: "name", header: "Người nhận / Recipient" },
  { key: "email", header: "Email" },
  { key: "phone", header: "Điện thoại / Phone" },
  { key: "address", header: "Địa chỉ / Address" },
  { key: "province", header: "Tỉnh, thành / Province" },
  { key: "gln", header: "GLN" },
  { key: "quantity", header: "Số lượng / Quantity" },
  { key: "lines", header: "Dòng hàng / Lines" },
]

export function recallCsvRows(report: RecallReport) {
  return [
    ...report.orders.map((o) => ({
      kind: "order",
      order: o.display_id ?? o.order_id,
      date: o.placed_at ?? "",
      name: o.customer.name ?? o.shipping_address?.name ?? "",
      email: o.customer.email ?? o.email ?? "",
      phone: o.customer.phone ?? o.shipping_address?.phone ?? "",
      address: [o.shipping_address?.address, o.shipping_address?.city].filter(Boolean).join(", "),
      province: o.shipping_address?.province ?? "",
      gln: "",
      quantity: o.quantity,
      lines: o.lines.map((l) => `${l.title ?? l.line_item_id} ×${l.quantity} (${l.source})`).join("; "),
    })),
    ...report.distributors.map((d) => ({
      kind: "distributor",
      order: "",
      date: d.received_at ?? d.shipped_at ?? "",
      name: d.name ?? "",
      email: "",
      phone: "",
      address: d.address ?? "",
      province: "",
      gln: d.gln ?? "",
      quantity: d.quantity ?? "",
      lines: "",
    })),
  ]
}
