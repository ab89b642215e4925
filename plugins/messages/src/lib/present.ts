import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import { MESSAGING_MODULE, type MessagingModuleService } from "../modules/messaging"

/**
 * What each side sees of a thread. The customer sees the seller's name, the product (title and
 * handle) or its own order (id and the part's number); the seller sees the customer's name, the
 * product or its own order part (its `selord_` id and number), never the customer's id, e-mail or
 * Medusa's order id; neither sees the other's member or account ids. The operator sees everything
 * of a reported thread.
 */

type Container = Pick<MedusaContainer, "resolve">
type Thread = Record<string, any>
type Message = { id: string; author_kind: string; author_id: string; body: string; masked: boolean; created_at: Date }

async function productsOf(container: Container, threads: Thread[]) {
  const ids = [...new Set(threads.map((t) => t.product_id).filter(Boolean))]
  if (!ids.length) return new Map<string, { handle: string; title: string }>()
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id", "handle", "title"], filters: { id: ids } })
  return new Map<string, { handle: string; title: string }>((data as any[]).map((p) => [p.id, p]))
}

async function partsOf(container: Container, threads: Thread[]) {
  const ids = [...new Set(threads.map((t) => t.seller_order_id).filter(Boolean))]
  if (!ids.length) return new Map<string, { id: string; order_id: string; number: string }>()
  const parts = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerOrders({ id: ids }, { select: ["id", "order_id", "number"] })
  return new Map<string, { id: string; order_id: string; number: string }>(
    parts.map((p) => [p.id, p as { id: string; order_id: string; number: string }]),
  )
}

async function sellersOf(container: Container, threads: Thread[]) {
  const ids = [...new Set(threads.map((t) => t.seller_id))]
  if (!ids.length) return new Map<string, { id: string; legal_name: string }>()
  const sellers = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellers({ id: ids }, { select: ["id", "legal_name"] })
  return new Map<string, { id: string; legal_name: string }>(
    sellers.map((s) => [s.id, s as { id: string; legal_name: string }]),
  )
}

async function customersOf(container: Container, threads: Thread[]) {
  const ids = [...new Set(threads.map((t) => t.customer_id))]
  if (!ids.length) return new Map<string, any>()
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email"], filters: { id: ids } })
  return new Map((data as any[]).map((c) => [c.id, c]))
}

/** "Nguyễn Lan": the customer's name as the seller sees it (no e-mail). */
function customerName(customer: { first_name?: string | null; last_name?: string | null } | undefined) {
  return [customer?.last_name, customer?.first_name].filter(Boolean).join(" ") || null
}

function messageView(message: Message, withAuthor = false) {
  return {
    id: message.id,
    author: message.author_kind,
    ...(withAuthor ? { author_id: message.author_id } : {}),
    body: message.body,
    masked: message.masked,
    created_at: message.created_at,
  }
}

async function messagesOf(container: Container, threadId: string): Promise<Message[]> {
  return (await container
    .resolve<MessagingModuleService>(MESSAGING_MODULE)
    .listMessages({ thread_id: threadId }, { order: { created_at: "ASC", id: "ASC" }, take: null })) as Message[]
}

function base(thread: Thread) {
  return {
    id: thread.id,
    status: thread.status,
    reported: thread.status === "reported",
    last_message_at: thread.last_message_at,
    created_at: thread.created_at,
  }
}

export async function threadsForCustomer(container: Container, threads: Thread[]) {
  const [products, parts, sellers] = await Promise.all([
    productsOf(container, threads),
    partsOf(container, threads),
    sellersOf(container, threads),
  ])
  return threads.map((thread) => {
    const product = products.get(thread.product_id)
    const part = parts.get(thread.seller_order_id)
    return {
      ...base(thread),
      unread: thread.customer_unread,
      seller: { id: thread.seller_id, legal_name: sellers.get(thread.seller_id)?.legal_name ?? null },
      subject: part
        ? { kind: "order" as const, title: thread.subject_title, order_id: part.order_id, number: part.number }
        : {
            kind: "product" as const,
            title: product?.title ?? thread.subject_title,
            product_id: thread.product_id,
            handle: product?.handle ?? null,
          },
    }
  })
}

export async function threadsForSeller(container: Container, threads: Thread[]) {
  const [products, parts, customers] = await Promise.all([
    productsOf(container, threads),
    partsOf(container, threads),
    customersOf(container, threads),
  ])
  return threads.map((thread) => {
    const product = products.get(thread.product_id)
    const part = parts.get(thread.seller_order_id)
    return {
      ...base(thread),
      unread: thread.seller_unread,
      customer: { name: customerName(customers.get(thread.customer_id)) },
      subject: part
        ? { kind: "order" as const, title: thread.subject_title, seller_order_id: part.id, number: part.number }
        : {
            kind: "product" as const,
            title: product?.title ?? thread.subject_title,
            product_id: thread.product_id,
            handle: product?.handle ?? null,
          },
    }
  })
}

export async function threadsForAdmin(container: Container, threads: Thread[]) {
  const [sellers, customers] = await Promise.all([sellersOf(container, threads), customersOf(container, threads)])
  return threads.map((thread) => ({
    ...base(thread),
    subject: { kind: thread.seller_order_id ? "order" : "product", title: thread.subject_title },
    product_id: thread.product_id,
    seller_order_id: thread.seller_order_id,
    seller: { id: thread.seller_id, legal_name: sellers.get(thread.seller_id)?.legal_name ?? null },
    customer: {
      id: thread.customer_id,
      name: customerName(customers.get(thread.customer_id)),
      email: customers.get(thread.customer_id)?.email ?? null,
    },
    reported_at: thread.reported_at,
    reported_by: thread.reported_by,
    report_reason: thread.report_reason,
  }))
}

/** One thread with its messages, for the side asking. */
export async function threadWithMessages(container: Container, thread: Thread, side: "customer" | "seller" | "admin") {
  const present = side === "customer" ? threadsForCustomer : side === "seller" ? threadsForSeller : threadsForAdmin
  const [[view], messages] = await Promise.all([present(container, [thread]), messagesOf(container, thread.id)])
  return { ...view, messages: messages.map((m) => messageView(m, side === "admin")) }
}

export function presentMessage(message: Message) {
  return messageView(message)
}
