import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { FOLLOW_MODULE, type FollowModuleService } from "../modules/follow"
import { notifyFollowersWorkflow } from "../workflows/follows/workflows/notify-followers"

/**
 * Tells the followers of each product's producer that the product is published (published and
 * holding a valid certificate), once per product (the notification's idempotency key). Three
 * reads for any number of products; a workflow run only for products whose producer has
 * followers, so a bulk import of 20,000 products costs reads, not 20,000 workflow runs.
 */
export async function notifyProductFollowers(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts(
      { id: productIds, status: ProductStatus.PUBLISHED },
      { select: ["id", "title", "handle", "thumbnail"], take: null },
    )
  if (!products.length) return
  const certificates: { product_id: string; subject_id: string; stars: number }[] = await container
    .resolve<any>(CERTIFICATION_MODULE)
    .listOcopCertificates(
      { product_id: products.map((p) => p.id), status: "valid" },
      { select: ["product_id", "subject_id", "stars"], take: null },
    )
  if (!certificates.length) return
  const followed = new Set(
    (
      await container
        .resolve<FollowModuleService>(FOLLOW_MODULE)
        .listFollows(
          { target_type: "producer", target_id: [...new Set(certificates.map((c) => c.subject_id))] },
          { select: ["target_id"], take: null },
        )
    ).map((follow) => follow.target_id),
  )
  for (const certificate of certificates) {
    if (!followed.has(certificate.subject_id)) continue
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
