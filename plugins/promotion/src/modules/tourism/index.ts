import { Module } from "@medusajs/framework/utils"
import TourismModuleService from "./service"

export const TOURISM_MODULE = "tourism"

export default Module(TOURISM_MODULE, {
  service: TourismModuleService,
})

export { TourismModuleService }
