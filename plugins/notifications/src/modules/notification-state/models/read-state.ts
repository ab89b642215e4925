import { model } from "@medusajs/framework/utils"

/**
 * A receiver's (customer id, seller id or "admin") last "mark all read": every in-app
 * notification created before it counts as read. Medusa's notification has no read flag.
 */
export const NotificationReadState = model
  .define("notification_read_state", {
    id: model.id({ prefix: "nrst" }).primaryKey(),
    receiver_id: model.text(),
    last_read_at: model.dateTime(),
  })
  .indexes([{ on: ["receiver_id"], unique: true, where: "deleted_at IS NULL" }])
