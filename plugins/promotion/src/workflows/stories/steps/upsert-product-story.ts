import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_STORY_MODULE, type ProductStoryModuleService } from "../../../modules/product-story"

export interface ProductStoryInput {
  product_id: string
  title: string
  body: string
  photos: string[]
  video_url: string | null
  written_by: string
}

type Previous = { created_id: string } | { updated: Record<string, unknown> }

/** Writes a product's one story: creates it, or replaces the current one (compensation restores it). */
export const upsertProductStoryStep = createStep(
  "ocop-upsert-product-story",
  async (input: ProductStoryInput, { container }) => {
    const service = container.resolve<ProductStoryModuleService>(PRODUCT_STORY_MODULE)
    const [existing] = await service.listProductStories({ product_id: input.product_id }, { take: 1 })
    const published_at = new Date()
    if (!existing) {
      const created = await service.createProductStories({ ...input, published_at })
      return new StepResponse(created, { created_id: created.id } as Previous)
    }
    const { id, title, body, photos, video_url, written_by, published_at: before } = existing
    const updated = await service.updateProductStories({ id, ...input, published_at })
    return new StepResponse(updated, {
      updated: { id, title, body, photos, video_url, written_by, published_at: before },
    } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<ProductStoryModuleService>(PRODUCT_STORY_MODULE)
    if ("created_id" in previous) await service.deleteProductStories(previous.created_id)
    else await service.updateProductStories(previous.updated as any)
  },
)
