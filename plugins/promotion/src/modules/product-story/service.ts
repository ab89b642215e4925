import { MedusaService } from "@medusajs/framework/utils"
import { ProductStory } from "./models/product-story"

/** Product stories: generated CRUD (listProductStories, createProductStories, …). */
class ProductStoryModuleService extends MedusaService({ ProductStory }) {}

export default ProductStoryModuleService
