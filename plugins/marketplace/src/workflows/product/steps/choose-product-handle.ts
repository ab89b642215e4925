import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { slugify } from "@ocop/reference"

const MAX_SUFFIX = 50

/**
 * The product's handle: its title without diacritics ("nuoc-mam-ca-com"), "-2", "-3"… when another
 * product has it. Medusa would keep "nước-mắm" as is, and a non-ASCII handle cannot go into an HTTP
 * header (the storefront's redirect back to the product page after "add to cart").
 */
export const chooseProductHandleStep = createStep(
  "marketplace-choose-product-handle",
  async (input: { title: string }, { container }) => {
    const base = slugify(input.title) || "san-pham"
    const candidates = [base, ...Array.from({ length: MAX_SUFFIX - 1 }, (_, i) => `${base}-${i + 2}`)]
    const taken = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ handle: candidates }, { select: ["handle"], withDeleted: true })
    const used = new Set(taken.map((product) => product.handle))
    const free = candidates.find((handle) => !used.has(handle)) ?? `${base}-${Date.now().toString(36)}`
    return new StepResponse(free)
  },
)
