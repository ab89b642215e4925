import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, ProductEvents, ProductStatus } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { notifyFollowersWorkflow } from "../workflows/follows/workflows/notify-followers"

type ProductEvent = { id: string }

/**
 * A certified product published (created so, or published later): its producer's followers are told
 * once (the notification's idempotency key covers later edits of the product).
 */
export default async function productPublishedFollowers({ event, container }: SubscriberArgs<ProductEvent | ProductEvent[]>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((row) => row.id).filter(Boolean)
  if (!ids.length) return
  const products = await container.resolve(Modules.PRODUCT).listProducts({ id: ids, status: ProductStatus.PUBLISHED }, { select: ["id", "title", "handle", "thumbnail"] })
  if (!products.length) return
  const certificates: { product_id: string; subject_id: string; stars: number }[] = await container
    .resolve<any>(CERTIFICATION_MODULE)
    .listOcopCertificates({ product_id: products.map((p) => p.id), status: "valid" }, { select: ["product_id", "subject_id", "stars"] })
  for (const certificate of certificates) {
    const product = products.find((p) => p.id === certificate.product_id)!
    await notifyFollowersWorkflow(container).run({
      input: {
        targets: [{ target_type: "producer", target_id: certificate.subject_id }],
        template: "ocop.product_published",
        resource_type: "product",
        resource_id: product.id,
        data: { title: product.title, handle: product.handle, thumbnail: product.thumbnail, stars: certificate.stars },
      },
    })
  }
}

export const config: SubscriberConfig = { event: [ProductEvents.PRODUCT_CREATED, ProductEvents.PRODUCT_UPDATED] }
