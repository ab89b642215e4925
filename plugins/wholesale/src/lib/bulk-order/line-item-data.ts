import { PriceListType } from "@medusajs/framework/utils"

/** The variant fields a cart line is made of (those Medusa's add-to-cart reads for it). */
export const LINE_VARIANT_FIELDS = [
  "id",
  "title",
  "sku",
  "barcode",
  "thumbnail",
  "product.id",
  "product.title",
  "product.subtitle",
  "product.description",
  "product.handle",
  "product.thumbnail",
  "product.discountable",
  "product.is_giftcard",
  "product.type.id",
  "product.type.value",
  "product.collection.title",
  "product.shipping_profile.id",
  "inventory_items.inventory.requires_shipping",
]

/** A price as Medusa's pricing module calculates it for one price set and context. */
export interface CalculatedPrice {
  calculated_amount: number | string
  original_amount?: number | string | null
  is_calculated_price_tax_inclusive?: boolean
  calculated_price?: { price_list_type?: string | null } | null
}

/**
 * The cart line for `quantity` units of a variant at its calculated (not custom) price, field for
 * field what Medusa 2.21's add-to-cart writes (core-flows' `prepareLineItemData`, which the package
 * does not export): product and variant titles and ids, the sale price's original as the
 * compare-at price, shipping required when the product has a shipping profile or an inventory item
 * needs shipping.
 */
export function lineItemData(cartId: string, variant: any, price: CalculatedPrice, quantity: number) {
  const product = variant.product
  const isSale = price.calculated_price?.price_list_type === PriceListType.SALE
  const requiresShipping =
    Boolean(product.shipping_profile?.id) ||
    (variant.inventory_items ?? []).some((item: any) => item?.inventory?.requires_shipping)
  return {
    cart_id: cartId,
    quantity,
    title: product.title,
    subtitle: variant.title,
    thumbnail: variant.thumbnail ?? product.thumbnail,
    product_id: product.id,
    product_title: product.title,
    product_description: product.description,
    product_subtitle: product.subtitle,
    product_type: product.type?.value ?? null,
    product_type_id: product.type?.id ?? null,
    product_collection: product.collection?.title ?? null,
    product_handle: product.handle,
    variant_id: variant.id,
    variant_sku: variant.sku,
    variant_barcode: variant.barcode,
    variant_title: variant.title,
    is_discountable: product.discountable,
    is_giftcard: product.is_giftcard ?? false,
    requires_shipping: requiresShipping,
    unit_price: Number(price.calculated_amount),
    compare_at_unit_price:
      isSale && price.original_amount != null && Number(price.original_amount) !== Number(price.calculated_amount)
        ? Number(price.original_amount)
        : undefined,
    is_tax_inclusive: Boolean(price.is_calculated_price_tax_inclusive),
    metadata: {},
  }
}
