import { MedusaService } from "@medusajs/framework/utils"
import { NotificationPreference, NotificationReadMark, NotificationReadState } from "./models"

/** Read state and e-mail preferences: generated CRUD (listNotificationReadStates, …). */
class NotificationStateModuleService extends MedusaService({
  NotificationReadState,
  NotificationReadMark,
  NotificationPreference,
}) {}

export default NotificationStateModuleService
