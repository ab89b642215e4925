import { STAR_LEVELS } from "./catalog"
import { PRODUCT_GROUPS, productGroupLabel, type ProvinceUnit } from "@ocop/reference"
import { getIndex } from "./catalog.server"
import { listRunningCampaigns } from "./campaigns.server"
import { listStories } from "./stories.server"
import { toCard } from "./products"
import type { Lang } from "../i18n"

const HIGHLIGHTS = 4
const STORIES = 6

/**
 * A province's showcase: its OCOP products counted by group and stars, its producers, the 5★
 * highlights, the campaigns running for it and its products' stories. From the storefront's
 * catalogue index (the listing's own source) and the store campaigns and stories APIs.
 */
export async function loadProvinceShowcase(province: ProvinceUnit, lang: Lang) {
  const index = await getIndex()
  const products = index.products.filter((p) => p.province === province.name && p.ocop)
  const producers = new Map<string, { key: string; name: string; count: number }>()
  for (const p of products) {
    if (!p.producer) continue
    const entry = producers.get(p.producer.key) ?? { ...p.producer, count: 0 }
    entry.count += 1
    producers.set(p.producer.key, entry)
  }
  const [campaigns, stories] = await Promise.all([
    listRunningCampaigns().catch(() => []),
    listStories({ province: province.name }, STORIES).catch(() => []),
  ])
  return {
    total: products.length,
    byGroup: PRODUCT_GROUPS.map((group) => ({
      handle: group.handle,
      name: productGroupLabel(group, lang),
      count: products.filter((p) => p.groupHandle === group.handle).length,
    })).filter((g) => g.count > 0),
    byStars: STAR_LEVELS.map((stars) => ({ stars, count: products.filter((p) => p.ocop?.stars === stars).length })),
    producers: [...producers.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi")),
    highlights: products
      .filter((p) => p.ocop?.stars === 5)
      .slice(0, HIGHLIGHTS)
      .map((p) => toCard(p, lang)),
    campaigns: campaigns
      .filter((c) => c.rules.provinces?.includes(province.name))
      .map((c) => ({ identifier: c.identifier, name: c.name })),
    stories,
  }
}
