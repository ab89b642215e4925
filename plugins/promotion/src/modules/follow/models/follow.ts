import { model } from "@medusajs/framework/utils"

export const FOLLOW_TARGETS = ["producer", "province", "event"] as const
export type FollowTarget = (typeof FOLLOW_TARGETS)[number]

/**
 * A customer follows a producer (OCOP subject id), a province (one of the 34 names) or an event
 * (trade event id), to be notified of its new products, events and reminders.
 */
export const Follow = model
  .define("follow", {
    id: model.id({ prefix: "fol" }).primaryKey(),
    customer_id: model.text(),
    target_type: model.enum([...FOLLOW_TARGETS]),
    target_id: model.text(),
  })
  .indexes([
    { on: ["customer_id", "target_type", "target_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["target_type", "target_id"], where: "deleted_at IS NULL" },
  ])
