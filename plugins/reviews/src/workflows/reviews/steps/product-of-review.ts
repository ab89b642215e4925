import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The reviewed product's title and handle, for what a notification says. Reads only. */
export const productOfReviewStep = createStep(
  "reviews-product-of-review",
  async (input: { product_id: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "title", "handle"],
      filters: { id: input.product_id },
    })
    const product = data[0] as { title?: string; handle?: string } | undefined
    return new StepResponse({ title: product?.title ?? null, handle: product?.handle ?? null })
  },
)
