import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** 404 unless the product exists (the admin may write any product's story). */
export const assertProductExistsStep = createStep(
  "ocop-story-assert-product",
  async (input: { product_id: string }, { container }) => {
    const [product] = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ id: input.product_id }, { select: ["id"], take: 1 })
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${input.product_id} not found`)
    return new StepResponse(undefined)
  },
)
