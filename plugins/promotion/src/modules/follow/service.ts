import { MedusaService } from "@medusajs/framework/utils"
import { Follow } from "./models/follow"

/** Follows: generated CRUD (listFollows, createFollows, deleteFollows, …). */
class FollowModuleService extends MedusaService({ Follow }) {}

export default FollowModuleService
