import { Module } from "@medusajs/framework/utils"
import NotificationStateModuleService from "./service"

export const NOTIFICATION_STATE_MODULE = "notificationState"

export default Module(NOTIFICATION_STATE_MODULE, {
  service: NotificationStateModuleService,
})

export { NotificationStateModuleService }
