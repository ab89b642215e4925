import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"

/**
 * Refuses (400) SKUs that another variant or stock item already holds, or that repeat within the
 * request, before anything is written: Medusa finds the clash only when it creates the stock items,
 * after the product and its options, and its compensation leaves option rows behind.
 */
export const assertSkusFreeStep = createStep(
  "marketplace-assert-skus-free",
  async (input: { skus: string[] }, { container }) => {
    const repeated = input.skus.filter((sku, i) => input.skus.indexOf(sku) !== i)
    if (repeated.length) throw invalid("variants.sku", "unique", `SKU ${repeated[0]} is given twice`)
    if (!input.skus.length) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: variants }, { data: items }] = await Promise.all([
      query.graph({ entity: "product_variant", fields: ["sku"], filters: { sku: input.skus } }),
      query.graph({ entity: "inventory_item", fields: ["sku"], filters: { sku: input.skus } }),
    ])
    const taken = [...variants, ...items].map((row: any) => row.sku).filter(Boolean)
    if (taken.length) throw invalid("variants.sku", "unique", `SKU ${taken[0]} is already used: choose another`)
  },
)
