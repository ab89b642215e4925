import { z } from "@medusajs/framework/zod"
import { listParams, listQueryConfig } from "@ocop/plugin-ocop/validate-query"

/** A page of one's notifications: ?limit (1–100, 20) &offset. */
export const ListNotifications = listParams({ limit: 20, max: 100 })
export const listNotificationsConfig = listQueryConfig({ limit: 20 })

export const NoBody = z.object({}).strict()

/** { email: { "<kind>": true|false, … } }: which e-mails to receive. */
export const SavePreferences = z.object({ email: z.record(z.string(), z.boolean()) }).strict()
export type SavePreferencesType = z.infer<typeof SavePreferences>
