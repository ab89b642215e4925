import type { MedusaContainer } from "@medusajs/framework/types"
import { invalid } from "@ocop/plugin-ocop/errors"
import {
  emailByDefault,
  isNotificationKind,
  notificationKindsFor,
  type NotificationAudience,
  type NotificationKind,
} from "@ocop/reference"
import { NOTIFICATION_STATE_MODULE, type NotificationStateModuleService } from "../modules/notification-state"

type Scope = Pick<MedusaContainer, "resolve">

/** A person's e-mail choice for each kind its audience receives (the default where it has not chosen). */
export async function readPreferences(scope: Scope, personId: string, audience: NotificationAudience) {
  const rows = await scope
    .resolve<NotificationStateModuleService>(NOTIFICATION_STATE_MODULE)
    .listNotificationPreferences({ person_id: personId }, { take: null })
  const chosen = new Map(rows.map((row) => [row.kind, row.email]))
  return notificationKindsFor(audience).map((kind) => ({
    kind,
    email: chosen.get(kind) ?? emailByDefault(kind),
    default: emailByDefault(kind),
  }))
}

/**
 * Saves a person's choices ({ kind: receive e-mail? }). A kind the audience does not receive is a
 * 400 and nothing is saved.
 */
export async function savePreferences(
  scope: Scope,
  personId: string,
  audience: NotificationAudience,
  email: Record<string, boolean>,
) {
  const allowed = new Set<string>(notificationKindsFor(audience))
  const unknown = Object.keys(email).filter((kind) => !isNotificationKind(kind) || !allowed.has(kind))
  if (unknown.length) throw invalid("email", "unknown_kind", `no such notification: ${unknown.join(", ")}`)
  const service = scope.resolve<NotificationStateModuleService>(NOTIFICATION_STATE_MODULE)
  const kinds = Object.keys(email) as NotificationKind[]
  const existing = kinds.length
    ? await service.listNotificationPreferences({ person_id: personId, kind: kinds }, { take: null })
    : []
  const byKind = new Map(existing.map((row) => [row.kind, row]))
  const updates = kinds.filter((k) => byKind.has(k)).map((k) => ({ id: byKind.get(k)!.id, email: email[k] }))
  const creates = kinds.filter((k) => !byKind.has(k)).map((k) => ({ person_id: personId, kind: k, email: email[k] }))
  if (updates.length) await service.updateNotificationPreferences(updates)
  if (creates.length) await service.createNotificationPreferences(creates)
  return readPreferences(scope, personId, audience)
}
