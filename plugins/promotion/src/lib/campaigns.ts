import type { IProductModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { fromTargetRules, ruleTagValues, type OcopCampaignRules } from "./campaign-rules"
import { OCOP_RULE_ATTRIBUTE } from "./ocop-tags"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>

const CAMPAIGN_FIELDS = [
  "id",
  "name",
  "description",
  "campaign_identifier",
  "starts_at",
  "ends_at",
  "created_at",
  "budget.type",
  "budget.limit",
  "budget.used",
  "budget.currency_code",
  "promotions.id",
  "promotions.code",
  "promotions.is_automatic",
  "promotions.status",
  "promotions.application_method.type",
  "promotions.application_method.value",
  "promotions.application_method.target_rules.attribute",
  "promotions.application_method.target_rules.values.value",
]

export type CampaignStatus = "scheduled" | "active" | "ended"

function statusAt(campaign: Row, now: Date): CampaignStatus {
  if (campaign.starts_at && new Date(campaign.starts_at) > now) return "scheduled"
  if (campaign.ends_at && new Date(campaign.ends_at) <= now) return "ended"
  return "active"
}

function presentBudget(budget: Row | null | undefined) {
  if (!budget) return null
  const limit = budget.limit == null ? null : Number(budget.limit)
  // Medusa counts a spend budget before VAT, in fractions of a đồng: reported in whole đồng.
  const used = Math.round(Number(budget.used ?? 0))
  return {
    type: budget.type as "spend" | "usage",
    currency_code: budget.currency_code ?? null,
    limit,
    used,
    remaining: limit == null ? null : Math.max(0, limit - used),
  }
}

/**
 * OCOP campaigns (Medusa campaigns whose promotion targets OCOP tags), newest first, with their
 * rules read back from the tags. `active` keeps the ones running at `now` (a
 * handful of campaigns: filtered here rather than with nullable date bounds in SQL).
 */
export async function listOcopCampaigns(
  container: Container,
  options: { active?: boolean; id?: string; identifier?: string; now?: Date } = {},
) {
  const now = options.now ?? new Date()
  const filters: Record<string, unknown> = {}
  if (options.id) filters.id = options.id
  if (options.identifier) filters.campaign_identifier = options.identifier
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: campaigns } = await query.graph({ entity: "campaign", fields: CAMPAIGN_FIELDS, filters })

  const tagIds = new Set<string>()
  for (const campaign of campaigns as Row[]) {
    for (const promotion of campaign.promotions ?? []) {
      for (const rule of promotion.application_method?.target_rules ?? []) {
        if (rule.attribute === OCOP_RULE_ATTRIBUTE) for (const v of rule.values ?? []) tagIds.add(v.value)
      }
    }
  }
  const tags = tagIds.size
    ? await container
        .resolve<IProductModuleService>(Modules.PRODUCT)
        .listProductTags({ id: [...tagIds] }, { select: ["id", "value"] })
    : []
  const tagValueById = new Map(tags.map((tag) => [tag.id, tag.value]))

  return (campaigns as Row[])
    .map((campaign) => {
      const promotion = (campaign.promotions ?? []).find((p: Row) => p.status === "active") ?? campaign.promotions?.[0]
      const rules = fromTargetRules(promotion?.application_method?.target_rules ?? [], tagValueById)
      return { campaign, promotion, rules }
    })
    .filter(({ promotion, rules }) => promotion && Object.keys(rules).length)
    .filter(({ campaign }) => !options.active || statusAt(campaign, now) === "active")
    .sort((a, b) => +new Date(b.campaign.created_at) - +new Date(a.campaign.created_at))
    .map(({ campaign, promotion, rules }) => ({
      id: campaign.id as string,
      identifier: campaign.campaign_identifier as string,
      name: campaign.name as string,
      description: (campaign.description as string | null) ?? null,
      starts_at: campaign.starts_at ? new Date(campaign.starts_at).toISOString() : null,
      ends_at: campaign.ends_at ? new Date(campaign.ends_at).toISOString() : null,
      status: statusAt(campaign, now),
      automatic: !!promotion.is_automatic,
      code: promotion.is_automatic ? null : (promotion.code as string),
      promotion_id: promotion.id as string,
      discount: {
        type: promotion.application_method.type as "percentage" | "fixed",
        value: Number(promotion.application_method.value),
      },
      rules,
      budget: presentBudget(campaign.budget),
    }))
}

export type OcopCampaignView = Awaited<ReturnType<typeof listOcopCampaigns>>[number]

/** The campaign as the store shows it: no budget figures. */
export function presentStoreCampaign({ budget: _budget, promotion_id: _promotion, ...campaign }: OcopCampaignView) {
  return campaign
}

/**
 * Published products a campaign discounts now: in every rule dimension one of its tags (the same
 * test the promotion module applies to a cart line), with a valid certificate.
 */
export async function campaignProductIds(
  container: Container,
  rules: OcopCampaignRules,
  now = new Date(),
): Promise<string[]> {
  const productModule = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const dimensions = ruleTagValues(rules)
  let ids: Set<string> | null = null
  for (const values of dimensions) {
    const tags = await productModule.listProductTags({ value: values }, { select: ["id"] })
    const products = tags.length
      ? await productModule.listProducts(
          { tags: { id: tags.map((t) => t.id) }, status: ProductStatus.PUBLISHED } as any,
          { select: ["id"] },
        )
      : []
    const found = new Set(products.map((p) => p.id))
    ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found
  }
  if (!ids?.size) return []
  const certificates: { product_id: string }[] = await container
    .resolve<any>(CERTIFICATION_MODULE)
    .listOcopCertificates(
      { status: "valid", expires_at: { $gt: now }, product_id: [...ids] },
      { select: ["product_id"], order: { stars: "DESC" } },
    )
  return certificates.map((c) => c.product_id)
}
