import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import SellerProductLink from "@ocop/plugin-marketplace/links/seller-product"
import { ruleErrorsToMedusaError } from "@ocop/plugin-ocop/errors"
import type { RuleError } from "@ocop/plugin-ocop/rules"
import type { RequestQuotesInput } from "../types"

/**
 * Checks a request for quotes (reads only): every line names a variant of a published product that
 * a seller lists. Returns one quote to create per line, addressed to that product's seller.
 */
export const prepareQuoteRequestsStep = createStep(
  "wholesale-prepare-quote-requests",
  async (input: RequestQuotesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const variantIds = [...new Set(input.lines.map((line) => line.variant_id))]
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "product_id", "product.title", "product.status"],
      filters: { id: variantIds },
    })
    const byId = new Map((variants as any[]).map((variant) => [variant.id, variant]))
    const productIds = [...new Set((variants as any[]).map((variant) => variant.product_id))]
    const { data: links } = productIds.length
      ? await query.graph({
          entity: SellerProductLink.entryPoint,
          fields: ["seller_id", "product_id"],
          filters: { product_id: productIds },
        })
      : { data: [] }
    const sellerOf = new Map((links as any[]).map((link) => [link.product_id, link.seller_id]))

    const errors: RuleError[] = []
    const quotes = input.lines.flatMap((line, index) => {
      const variant = byId.get(line.variant_id)
      const field = `lines[${index}].variant_id`
      if (!variant || variant.product?.status !== ProductStatus.PUBLISHED) {
        errors.push({ field, rule: "exists", message: `no product on sale has the variant ${line.variant_id}` })
        return []
      }
      const sellerId = sellerOf.get(variant.product_id)
      if (!sellerId) {
        errors.push({
          field,
          rule: "seller",
          message: `"${variant.product.title}" is not sold by a marketplace seller: there is nobody to ask for a price`,
        })
        return []
      }
      return [
        {
          customer_id: input.customer_id,
          company_id: input.company_id ?? null,
          seller_id: sellerId,
          product_id: variant.product_id,
          variant_id: variant.id,
          product_title: variant.product.title,
          variant_title: variant.title ?? null,
          sku: variant.sku ?? null,
          quantity: line.quantity,
        },
      ]
    })
    if (errors.length) throw ruleErrorsToMedusaError(errors)
    return new StepResponse(quotes)
  },
)
