import { STAR_LEVELS } from "./catalog"
import { findProductGroup, PRODUCT_GROUPS, productGroupLabel, type ProvinceUnit } from "@ocop/reference"
import { listOcopProducts, ocopSummary, provinceProducers } from "./browse.server"
import { listRunningCampaigns } from "./campaigns.server"
import { listStories } from "./stories.server"
import { toCard } from "./products"
import type { Lang } from "../i18n"

const HIGHLIGHTS = 4
const STORIES = 6
/** Producers shown on a province's showcase (most products first); the rest on its producers' page. */
const SHOWCASE_PRODUCERS = 12

/**
 * A province's showcase: its OCOP products counted by group and stars, its first few producers
 * (most products first; all of them a page at a time at /provinces/<slug>/producers), the 5★
 * highlights, the campaigns running for it and its products' stories. From the backend's OCOP
 * summary, producers and listing routes (a bounded number of SQL statements, each reading a
 * bounded number of rows, at any catalogue size) and the store campaigns and stories APIs.
 */
export async function loadProvinceShowcase(province: ProvinceUnit, lang: Lang) {
  const [summary, producers, highlights, campaigns, stories] = await Promise.all([
    ocopSummary({ province: province.slug }),
    provinceProducers(province.slug, { limit: SHOWCASE_PRODUCERS, offset: 0 }),
    listOcopProducts({ province: province.slug, stars: 5 }, { limit: HIGHLIGHTS }),
    listRunningCampaigns().catch(() => []),
    listStories({ province: province.name }, STORIES).catch(() => []),
  ])
  const counts = new Map(summary.product_group.map((g) => [findProductGroup(g.value)?.handle, g.count]))
  const byStars = new Map(summary.stars.map((s) => [s.value, s.count]))
  return {
    total: summary.count,
    byGroup: PRODUCT_GROUPS.map((group) => ({
      handle: group.handle,
      name: productGroupLabel(group, lang),
      count: counts.get(group.handle) ?? 0,
    })).filter((g) => g.count > 0),
    byStars: STAR_LEVELS.map((stars) => ({ stars, count: byStars.get(stars) ?? 0 })),
    producers: producers.producers.map((p) => ({ key: p.id, name: p.name, count: p.count })),
    producersCount: producers.count,
    producersCapped: producers.count_capped,
    highlights: highlights.items.map((p) => toCard(p, lang)),
    campaigns: campaigns
      .filter((c) => c.rules.provinces?.includes(province.name))
      .map((c) => ({ identifier: c.identifier, name: c.name })),
    stories,
  }
}
