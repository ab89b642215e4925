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
