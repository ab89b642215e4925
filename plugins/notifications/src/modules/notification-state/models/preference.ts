import { model } from "@medusajs/framework/utils"

/**
 * A person's choice to receive (or not) the e-mail of one kind of notification (see lib/kinds).
 * `person_id` is a customer id or a seller member id: each member of a seller chooses for itself.
 * No row: the kind's default. The in-app notification is always written.
 */
export const NotificationPreference = model
  .define("notification_preference", {
    id: model.id({ prefix: "npref" }).primaryKey(),
    person_id: model.text(),
    kind: model.text(),
    email: model.boolean(),
  })
  .indexes([{ on: ["person_id", "kind"], unique: true, where: "deleted_at IS NULL" }])
