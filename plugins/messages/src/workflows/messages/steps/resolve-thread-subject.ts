import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import SellerProductLink from "@ocop/plugin-marketplace/links/seller-product"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import { notFound } from "@ocop/plugin-ocop/errors"

export type ThreadSubjectInput = {
  customer_id: string
  /** A question before buying: a published product that a seller lists. */
  product_id?: string
  /** A question about an order: the customer's own order and a seller with a part in it. */
  order_id?: string
  seller_id?: string
}

export type ThreadSubject = {
  seller_id: string
  product_id: string | null
  seller_order_id: string | null
  subject_title: string
}

/**
 * Who a new thread is with and what it is about. A product that is not published, or that no
 * seller lists, and an order that is not the customer's (or has no part of that seller) are 404:
 * knowing an id grants nothing.
 */
export const resolveThreadSubjectStep = createStep(
  "messages-resolve-thread-subject",
  async (input: ThreadSubjectInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    if (input.product_id) {
      const [{ data: products }, { data: links }] = await Promise.all([
        query.graph({
          entity: "product",
          fields: ["id", "title", "status"],
          filters: { id: input.product_id },
        }),
        query.graph({
          entity: SellerProductLink.entryPoint,
          fields: ["seller_id"],
          filters: { product_id: input.product_id },
        }),
      ])
      const product = products[0] as { id: string; title: string; status: string } | undefined
      const sellerId = (links[0] as { seller_id?: string } | undefined)?.seller_id
      if (!product || product.status !== "published" || !sellerId)
        throw notFound(`product ${input.product_id} not found`)
      return new StepResponse<ThreadSubject>({
        seller_id: sellerId,
        product_id: product.id,
        seller_order_id: null,
        subject_title: product.title,
      })
    }
    const missing = notFound(`order ${input.order_id} not found`)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id"],
      filters: { id: input.order_id! },
    })
    const order = orders[0] as { id: string; customer_id: string | null } | undefined
    if (!order || order.customer_id !== input.customer_id) throw missing
    const [part] = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listSellerOrders({ order_id: order.id, seller_id: input.seller_id! }, { select: ["id", "number"], take: 1 })
    if (!part) throw missing
    return new StepResponse<ThreadSubject>({
      seller_id: input.seller_id!,
      product_id: null,
      seller_order_id: part.id,
      subject_title: part.number,
    })
  },
)
