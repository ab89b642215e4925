import { sdk } from "./medusa.server"

/** A product's story as the store API gives it (GET /store/ocop/stories, plugin-promotion). */
export type ProductStory = {
  id: string
  product_id: string
  title: string
  body: string
  photos: string[]
  video_url: string | null
  video: { provider: "youtube" | "vimeo"; id: string; embed_url: string } | null
  published_at: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
}

/** Stories of published products: of some products, or of a province's certified products. */
export async function listStories(
  filter: { productIds?: string[]; province?: string },
  limit = 12,
): Promise<ProductStory[]> {
  const query: Record<string, string> = { limit: String(limit) }
  if (filter.productIds) query.product_id = filter.productIds.join(",")
  if (filter.province) query.province = filter.province
  const { stories } = await sdk.client.fetch<{ stories: ProductStory[] }>("/store/ocop/stories", { query })
  return stories
}
