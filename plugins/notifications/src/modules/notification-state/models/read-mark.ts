import { model } from "@medusajs/framework/utils"

/**
 * One notification read on its own, newer than the receiver's last "mark all read" (marking all
 * read removes the marks, so the table holds only what is read since then).
 */
export const NotificationReadMark = model
  .define("notification_read_mark", {
    id: model.id({ prefix: "nrmk" }).primaryKey(),
    receiver_id: model.text(),
    notification_id: model.text(),
  })
  .indexes([{ on: ["receiver_id", "notification_id"], unique: true, where: "deleted_at IS NULL" }])
