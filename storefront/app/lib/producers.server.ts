/**
 * Producers (OCOP subjects) as their pages show them, from the backend on each request: the OCOP
 * summary filtered by the subject (its name, products on sale, stars, provinces) in two SQL
 * statements whatever the catalogue size.
 */
import { findProvince, slugify } from "@ocop/reference"
import { ocopSummary } from "./browse.server"
import { errorStatus, sdk } from "./medusa.server"
import type { RawProduct } from "./products"

/** OCOP subject ids, as the backend makes them. */
const SUBJECT_ID = /^ocsub_[A-Za-z0-9]+$/

/** A producer with OCOP products on sale now; null when it has none (or is unknown). */
export async function findProducer(id: string) {
  if (!SUBJECT_ID.test(id)) return null
  const summary = await ocopSummary({ producerId: id }, 1).catch((error) => {
    if (errorStatus(error) === 400) return null
    throw error
  })
  const producer = summary?.producers[0]
  if (!summary?.count || !producer) return null
  return {
    id,
    name: producer.name,
    count: summary.count,
    stars: Math.max(0, ...summary.stars.map((s) => s.value)),
    provinces: [producer.province, ...summary.province.map((p) => p.value)].filter(
      (name, i, all) => findProvince(name) && all.indexOf(name) === i,
    ),
  }
}

/**
 * The subject id a producer link names: itself, or, for a link by the name's slug (older pages,
 * product metadata), the subject of a product the search engine finds under that name.
 */
export async function producerIdForKey(key: string): Promise<string | null> {
  if (SUBJECT_ID.test(key)) return key
  const words = key.replace(/-+/g, " ").trim()
  if (!words || words.length > 200) return null
  const search = await sdk.client
    .fetch<{ hits: { id: string; producer: string | null }[] }>("/store/ocop/search", {
      query: { q: words, limit: 20, facets: "producer" },
    })
    .catch(() => ({ hits: [] }))
  const hit = search.hits.find((h) => h.producer && slugify(h.producer) === key)
  if (!hit) return null
  const { products } = await sdk.client.fetch<{ products: RawProduct[] }>("/store/ocop/products", {
    query: { id: hit.id, limit: 1 },
  })
  const producerId = products[0]?.ocop?.producer_id
  return typeof producerId === "string" && SUBJECT_ID.test(producerId) ? producerId : null
}
