import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"

/**
 * A new variant's place on the product: 400 if another variant has its title; else the
 * product's option, which gets the title as a value.
 */
export const prepareVariantOptionStep = createStep(
  "marketplace-prepare-variant-option",
  async (input: { product_id: string; option_title: string; title: string }, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "variants.title", "options.id", "options.title"],
      filters: { id: input.product_id },
    })
    const product = data[0] as any
    if ((product.variants ?? []).some((v: { title: string }) => v.title === input.title)) {
      throw invalid("title", "unique", `the product already has a variant "${input.title}"`)
    }
    const option =
      (product.options ?? []).find((o: { title: string }) => o.title === input.option_title) ?? product.options?.[0]
    return new StepResponse({ option_id: option.id as string, option_title: option.title as string })
  },
)
