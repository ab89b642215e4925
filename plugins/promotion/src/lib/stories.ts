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

/** The stories of these products, newest first. */
export async function listStories(container: Container, productIds: string[]) {
  if (!productIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_story",
    fields: STORY_FIELDS,
    filters: { product_id: productIds },
  })
  return (data as Record<string, any>[])
    .sort((a, b) => new Date(b.published_at).getTime() - new Date(a.published_at).getTime())
    .map(presentStory)
}

/** A page of the stories of those of these products that are published, and how many there are in all. */
export async function listPublishedStories(
  container: Container,
  productIds: string[],
  page: { skip: number; take: number; order: Record<string, "ASC" | "DESC"> },
): Promise<[ReturnType<typeof presentStory>[], number]> {
  if (!productIds.length) return [[], 0]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: published } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { id: productIds, status: "published" },
  })
  if (!published.length) return [[], 0]
  const { data, metadata } = await query.graph({
    entity: "product_story",
    fields: STORY_FIELDS,
    filters: { product_id: (published as { id: string }[]).map((product) => product.id) },
    pagination: page,
  })
  return [(data as Record<string, any>[]).map(presentStory), metadata?.count ?? data.length]
}

/**
 * A page of the products whose stories a province's page shows, newest story first, and how many
 * there are in all: published products with a certificate valid at `at` issued in the province (of
 * `productIds` when given). One statement: reading the province's certificates first (hundreds at
 * national scale) to look their stories up cost a province's size, for the few stories a page shows.
 */
export async function storyProductsOfProvince(
  container: Container,
  province: string,
  page: { skip: number; take: number },
  productIds?: string[],
  at = new Date(),
): Promise<[string[], number]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const { rows } = (await knex.raw(
    `SELECT st.product_id, count(*) OVER () AS total FROM product_story st
       JOIN product p ON p.id = st.product_id AND p.status = 'published' AND p.deleted_at IS NULL
      WHERE st.deleted_at IS NULL ${productIds ? "AND st.product_id = ANY(:ids)" : ""}
        AND EXISTS (SELECT 1 FROM ocop_certificate c
                     WHERE c.product_id = st.product_id AND c.province = :province AND c.status = 'valid'
                       AND c.deleted_at IS NULL AND c.expires_at > :at)
      ORDER BY st.published_at DESC, st.id DESC
      LIMIT :take OFFSET :skip`,
    { province, at, take: page.take, skip: page.skip, ...(productIds ? { ids: productIds } : {}) },
  )) as { rows: { product_id: string; total: string }[] }
  return [rows.map((row) => row.product_id), Number(rows[0]?.total ?? 0)]
}
