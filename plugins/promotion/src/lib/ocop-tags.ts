/**
 * The OCOP attributes of a product as product tags, so that Medusa's promotion rules can target them.
 *
 * Why tags: the cart's promotion computation (core-flows `updateCartPromotionsWorkflow`) loads a
 * fixed set of item fields — `items.product.id|collection_id|type_id|categories.id|tags.id` — and the
 * promotion module evaluates target rules against exactly that context. Product metadata is not
 * loaded, and a custom attribute through the `setPromotionContext` hook would have to recompute the
 * certificates on every cart change (and the hook has a single handler). A tag per attribute value
 * (`ocop:province:Lào Cai`, `ocop:group:1`, `ocop:stars:5`, `ocop:producer:ocsub_…`) is evaluated by
 * the module as is (`items.product.tags.id IN [...]`), shows in the admin, and is kept true by the
 * certificate events (subscribers/ocop-certificate-tags.ts): a revoked certificate drops the tags,
 * and with them the discount.
 */
export const OCOP_DIMENSIONS = ["province", "group", "stars", "producer"] as const
export type OcopDimension = (typeof OCOP_DIMENSIONS)[number]

export const OCOP_TAG_PREFIX = "ocop:"

/** The promotion rule attribute every OCOP campaign rule uses. */
export const OCOP_RULE_ATTRIBUTE = "items.product.tags.id"

export function ocopTagValue(dimension: OcopDimension, value: string | number): string {
  return `${OCOP_TAG_PREFIX}${dimension}:${value}`
}

/** `ocop:province:Lào Cai` → { dimension: "province", value: "Lào Cai" }; null for other tags. */
export function parseOcopTag(tag: string): { dimension: OcopDimension; value: string } | null {
  if (!tag.startsWith(OCOP_TAG_PREFIX)) return null
  const rest = tag.slice(OCOP_TAG_PREFIX.length)
  const at = rest.indexOf(":")
  const dimension = rest.slice(0, at) as OcopDimension
  if (at < 0 || !OCOP_DIMENSIONS.includes(dimension)) return null
  return { dimension, value: rest.slice(at + 1) }
}

export interface CertifiedAttributes {
  province: string
  product_group: number
  stars: number
  subject_id: string
}

/** The OCOP tag values a product with this valid certificate carries. */
export function ocopTagValuesFor(certificate: CertifiedAttributes): string[] {
  return [
    ocopTagValue("province", certificate.province),
    ocopTagValue("group", certificate.product_group),
    ocopTagValue("stars", certificate.stars),
    ocopTagValue("producer", certificate.subject_id),
  ]
}
