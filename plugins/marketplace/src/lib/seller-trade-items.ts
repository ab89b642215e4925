import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invalid } from "@ocop/plugin-ocop/errors"
import { traceability } from "@ocop/plugin-ocop/lots"
import { gtin13FromPrefix, parseCompanyPrefix } from "@ocop/plugin-ocop/gs1"
import type { SellerTradeItem } from "@ocop/reference"
import { sellerProductIds } from "./seller-scope"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

/** Every variant of the seller's products, with its GTIN when it has one. */
export async function sellerVariantGtins(container: Container, sellerId: string): Promise<SellerTradeItem[]> {
  const productIds = await sellerProductIds(container, sellerId)
  if (!productIds.length) return []
  const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "metadata", "variants.id", "variants.title", "variants.sku"],
    filters: { id: productIds },
  })
  const items = await traceability(container).listTraceTradeItems({ product_id: productIds }, { take: null })
  const byVariant = new Map((items as Row[]).map((item) => [item.variant_id, item]))
  return (products as Row[])
    .sort((a, b) => String(a.title).localeCompare(String(b.title), "vi") || (a.id < b.id ? -1 : 1))
    .flatMap((product) =>
      ((product.variants ?? []) as Row[]).map((variant) => {
        const item = byVariant.get(variant.id)
        return {
          variant_id: variant.id,
          product_id: product.id,
          product_title: product.title,
          variant_title: variant.title,
          sku: variant.sku ?? null,
          is_service: product.metadata?.is_service === true,
          trade_item_id: item?.id ?? null,
          gtin14: item?.gtin14 ?? null,
        }
      }),
    )
}

/**
 * The GTIN-13s to give, under a company prefix, to the seller's variants that have none (services
 * excepted): the lowest item references not yet used under the prefix. 400 when GTINs under the
 * prefix already belong to another seller's products (the prefix is licensed to one company), or
 * when the prefix has no room left.
 */
export async function gtinsFromPrefix(
  container: Container,
  sellerId: string,
  input: string,
): Promise<{ variant_id: string; gtin: string }[]> {
  const prefix = parseCompanyPrefix(input, "company_prefix")
  if (!prefix.ok) throw invalid(prefix.error.field, prefix.error.rule, prefix.error.message, prefix.error.params)
  const used = (await traceability(container).listTraceTradeItems(
    { gtin14: { $like: `0${prefix.value}%` } },
    { take: null, select: ["id", "gtin14", "product_id"] },
  )) as Row[]
  const productIds = [...new Set(used.map((item) => item.product_id as string))]
  const own = new Set(productIds.length ? await sellerProductIds(container, sellerId, productIds) : [])
  if (productIds.some((id) => !own.has(id))) {
    throw invalid(
      "company_prefix",
      "taken",
      `GTINs under the prefix ${prefix.value} already belong to another producer: enter your own GS1 company prefix`,
      { prefix: prefix.value },
    )
  }
  const taken = new Set(used.map((item) => item.gtin14.slice(1)))
  const missing = (await sellerVariantGtins(container, sellerId)).filter((v) => !v.gtin14 && !v.is_service)
  const result: { variant_id: string; gtin: string }[] = []
  let reference = 1
  for (const variant of missing) {
    let gtin = gtin13FromPrefix(prefix.value, reference)
    while (gtin && taken.has(gtin)) gtin = gtin13FromPrefix(prefix.value, ++reference)
    if (!gtin)
      throw invalid(
        "company_prefix",
        "full",
        `the prefix ${prefix.value} has no item numbers left for ${missing.length - result.length} more variants`,
        { prefix: prefix.value, count: missing.length - result.length },
      )
    taken.add(gtin)
    result.push({ variant_id: variant.variant_id, gtin })
    reference++
  }
  return result
}
