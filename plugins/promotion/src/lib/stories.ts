import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { videoEmbed } from "./media-urls"

type Container = Pick<MedusaContainer, "resolve">

export const STORY_FIELDS = [
  "id",
  "product_id",
  "title",
  "body",
  "photos",
  "video_url",
  "published_at",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "product.status",
]

/** A story as the APIs give it: the video as a player address, and its product's title and page. */
export function presentStory(story: Record<string, any>) {
  return {
    id: story.id,
    product_id: story.product_id,
    title: story.title,
    body: story.body,
    photos: story.photos ?? [],
    video_url: story.video_url ?? null,
    video: story.video_url ? videoEmbed(story.video_url) : null,
    published_at: story.published_at,
    product: story.product
      ? {
          id: story.product.id,
          title: story.product.title,
          handle: story.product.handle,
          thumbnail: story.product.thumbnail,
        }
      : null,
  }
}

/** The stories of these products, newest first (only published products' when `published`). */
export async function listStories(container: Container, productIds: string[], { published = false } = {}) {
  if (!productIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_story",
    fields: STORY_FIELDS,
    filters: { product_id: productIds },
  })
  return (data as Record<string, any>[])
    .filter((story) => !published || story.product?.status === "published")
    .sort((a, b) => new Date(b.published_at).getTime() - new Date(a.published_at).getTime())
    .map(presentStory)
}

/**
 * The products whose stories a province's page shows, newest story first, at most `limit`:
 * published products with a certificate valid at `at` issued in the province (of `productIds`
 * when given). One statement: reading the province's certificates first (hundreds at national
 * scale) to look their stories up cost a province's size, for the few stories a page shows.
 */
export async function storyProductsOfProvince(
  container: Container,
  province: string,
  limit: number,
  productIds?: string[],
  at = new Date(),
): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const { rows } = (await knex.raw(
    `SELECT st.product_id FROM product_story st
       JOIN product p ON p.id = st.product_id AND p.status = 'published' AND p.deleted_at IS NULL
      WHERE st.deleted_at IS NULL ${productIds ? "AND st.product_id = ANY(:ids)" : ""}
        AND EXISTS (SELECT 1 FROM ocop_certificate c
                     WHERE c.product_id = st.product_id AND c.province = :province AND c.status = 'valid'
                       AND c.deleted_at IS NULL AND c.expires_at > :at)
      ORDER BY st.published_at DESC, st.id
      LIMIT :limit`,
    { province, at, limit, ...(productIds ? { ids: productIds } : {}) },
  )) as { rows: { product_id: string }[] }
  return rows.map((row) => row.product_id)
}
