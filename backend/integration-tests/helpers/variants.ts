import { demoProducts } from "../../src/seed/catalogue/products"

type Variant = { sku?: string | null }

/**
 * A product's variant by its SKU. The API returns a product's variants in no set order (a copy of
 * the same database may give another), so no test takes "the first" one: it names the SKU.
 */
export function variantBySku<V extends Variant>(product: { variants?: V[] | null }, sku: string): V {
  const variant = product.variants?.find((candidate) => candidate.sku === sku)
  if (!variant) {
    const skus = (product.variants ?? []).map((candidate) => candidate.sku).join(", ")
    throw new Error(`no variant with SKU ${sku} (the product has ${skus || "none"})`)
  }
  return variant
}

/**
 * A demo product's first size in stock as the demo catalogue lists it (the first size when none
 * is), by SKU: the answer must hold the product's handle and its variants' SKUs.
 */
export function firstDemoVariant<V extends Variant>(product: { handle: string; variants?: V[] | null }): V {
  const demo = demoProducts.find((candidate) => candidate.handle === product.handle)
  if (!demo) throw new Error(`${product.handle} is not a demo product`)
  const size = demo.variants.find((candidate) => candidate.stock > 0) ?? demo.variants[0]
  return variantBySku(product, size.sku)
}

/** The variant of a product that has only one (a bare product made without SKUs): fails if there are more. */
export function onlyVariant<V>(product: { variants?: V[] | null }): V {
  const variants = product.variants ?? []
  if (variants.length !== 1) throw new Error(`expected one variant, the product has ${variants.length}`)
  return variants[0]
}
