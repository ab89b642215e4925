import { Module } from "@medusajs/framework/utils"
import ProductStoryModuleService from "./service"

export const PRODUCT_STORY_MODULE = "productStory"

export default Module(PRODUCT_STORY_MODULE, {
  service: ProductStoryModuleService,
})

export { ProductStoryModuleService }
