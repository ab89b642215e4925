import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ruleErrorsToMedusaError } from "@ocop/plugin-ocop/errors"
import type { RuleError } from "@ocop/plugin-ocop/rules"
import { MOQ_METADATA_KEY } from "../../../constants"
import { wholesalePriceListId } from "../../../lib/wholesale-price-list"
import type { SetWholesalePricesInput } from "../types"

/**
 * Checks a product's wholesale terms (reads only): the variants are the product's, each variant's
 * tiers ascend without gaps or overlaps from the MOQ or below, only the last is open-ended. Returns
 * the price list changes (the product's previous wholesale prices replaced) and the new metadata.
 */
export const prepareWholesalePricesStep = createStep(
  "wholesale-prepare-prices",
  async (input: SetWholesalePricesInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "metadata", "variants.id", "variants.price_set.id"],
      filters: { id: input.product_id },
    })
    const product = data[0] as any
    const priceSets = new Map<string, string>((product?.variants ?? []).map((v: any) => [v.id, v.price_set?.id]))
    const errors: RuleError[] = []
    const seen = new Set<string>()
    input.variants.forEach((variant, i) => {
      const field = `variants.${i}`
      if (!priceSets.has(variant.variant_id)) {
        errors.push({
          field: `${field}.variant_id`,
          rule: "own_variant",
          message: `${variant.variant_id} is not a variant of this product`,
        })
      }
      if (seen.has(variant.variant_id))
        errors.push({ field: `${field}.variant_id`, rule: "unique", message: "variant listed twice" })
      seen.add(variant.variant_id)
      variant.tiers.forEach((tier, t) => {
        const previous = variant.tiers[t - 1]
        if (tier.max_quantity !== null && tier.max_quantity < tier.min_quantity) {
          errors.push({
            field: `${field}.tiers.${t}.max_quantity`,
            rule: "range",
            message: `max_quantity ${tier.max_quantity} is below min_quantity ${tier.min_quantity}`,
          })
        }
        if (t === 0 && tier.min_quantity > input.moq) {
          errors.push({
            field: `${field}.tiers.0.min_quantity`,
            rule: "from_moq",
            message: `the first tier must start at the MOQ (${input.moq}) or below`,
          })
        }
        if (previous && previous.max_quantity === null) {
          errors.push({
            field: `${field}.tiers.${t - 1}.max_quantity`,
            rule: "open_ended",
            message: "only the last tier may be open-ended",
          })
        } else if (previous && tier.min_quantity !== previous.max_quantity! + 1) {
          errors.push({
            field: `${field}.tiers.${t}.min_quantity`,
            rule: "contiguous",
            message: `tiers must follow each other: after ${previous.min_quantity}–${previous.max_quantity} comes ${previous.max_quantity! + 1}, not ${tier.min_quantity}`,
          })
        }
      })
    })
    if (errors.length) throw ruleErrorsToMedusaError(errors)

    const priceListId = await wholesalePriceListId(container)
    const productPriceSets = [...priceSets.values()].filter(Boolean)
    const previous = productPriceSets.length
      ? await container
          .resolve(Modules.PRICING)
          .listPrices({ price_list_id: priceListId, price_set_id: productPriceSets } as any, { select: ["id"] })
      : []
    return new StepResponse({
      price_list_id: priceListId,
      create: input.variants.flatMap((variant) =>
        variant.tiers.map((tier) => ({
          variant_id: variant.variant_id,
          currency_code: "vnd",
          amount: tier.amount,
          min_quantity: tier.min_quantity,
          ...(tier.max_quantity === null ? {} : { max_quantity: tier.max_quantity }),
        })),
      ),
      delete: previous.map((price: any) => price.id as string),
      metadata: { ...(product.metadata ?? {}), [MOQ_METADATA_KEY]: input.moq },
    })
  },
)
