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
