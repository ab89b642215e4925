import { OCOP_RULE_ATTRIBUTE, ocopTagValue, parseOcopTag, type OcopDimension } from "./ocop-tags"

/** Which OCOP products a campaign discounts: every given dimension must match (values within one are alternatives). */
export interface OcopCampaignRules {
  provinces?: string[]
  product_groups?: number[]
  stars?: number[]
  producer_ids?: string[]
}

const DIMENSION_OF: Record<keyof OcopCampaignRules, OcopDimension> = {
  provinces: "province",
  product_groups: "group",
  stars: "stars",
  producer_ids: "producer",
}

/** Tag values per rule dimension, in the order of OcopCampaignRules. */
export function ruleTagValues(rules: OcopCampaignRules): string[][] {
  return (Object.keys(DIMENSION_OF) as (keyof OcopCampaignRules)[])
    .filter((key) => rules[key]?.length)
    .map((key) => rules[key]!.map((value) => ocopTagValue(DIMENSION_OF[key], value)))
}

/** Medusa promotion target rules: one `items.product.tags.id IN (...)` per dimension (the module ANDs them). */
export function toTargetRules(rules: OcopCampaignRules, tagIds: Record<string, string>) {
  return ruleTagValues(rules).map((values) => ({
    attribute: OCOP_RULE_ATTRIBUTE,
    operator: "in" as const,
    values: values.map((value) => tagIds[value]),
  }))
}

/** Back from a promotion's target rules (with their tag values) to the OCOP rules, for the APIs. */
export function fromTargetRules(
  rules: { attribute: string; values: { value: string }[] }[],
  tagValueById: Map<string, string>,
): OcopCampaignRules {
  const result: OcopCampaignRules = {}
  for (const rule of rules) {
    if (rule.attribute !== OCOP_RULE_ATTRIBUTE) continue
    for (const { value: id } of rule.values) {
      const parsed = parseOcopTag(tagValueById.get(id) ?? "")
      if (!parsed) continue
      if (parsed.dimension === "province") (result.provinces ??= []).push(parsed.value)
      if (parsed.dimension === "group") (result.product_groups ??= []).push(Number(parsed.value))
      if (parsed.dimension === "stars") (result.stars ??= []).push(Number(parsed.value))
      if (parsed.dimension === "producer") (result.producer_ids ??= []).push(parsed.value)
    }
  }
  return result
}
