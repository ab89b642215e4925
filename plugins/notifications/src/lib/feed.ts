import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { notFound } from "@ocop/plugin-ocop/errors"
import { NOTIFICATION_STATE_MODULE, type NotificationStateModuleService } from "../modules/notification-state"
import { FEED_CHANNEL } from "./channels"

type Scope = Pick<MedusaContainer, "resolve">

const FIELDS = ["id", "template", "data", "resource_type", "resource_id", "created_at"]

const notifications = (scope: Scope) => scope.resolve<INotificationModuleService>(Modules.NOTIFICATION)
const state = (scope: Scope) => scope.resolve<NotificationStateModuleService>(NOTIFICATION_STATE_MODULE)

/** When the receiver last marked everything read (the epoch when never). */
async function lastReadAt(scope: Scope, receiverId: string): Promise<Date> {
  const [row] = await state(scope).listNotificationReadStates({ receiver_id: receiverId }, { take: 1 })
  return row ? new Date(row.last_read_at) : new Date(0)
}

/**
 * Unread in-app notifications: those newer than the last "mark all read", less the ones read one
 * by one since (two counts and one read, whatever the number of notifications).
 */
export async function unreadCount(scope: Scope, receiverId: string): Promise<number> {
  const since = await lastReadAt(scope, receiverId)
  const [[, newer], [, marked]] = await Promise.all([
    notifications(scope).listAndCountNotifications(
      { receiver_id: receiverId, channel: FEED_CHANNEL, created_at: { $gt: since } } as any,
      { select: ["id"], take: 1 },
    ),
    state(scope).listAndCountNotificationReadMarks({ receiver_id: receiverId }, { select: ["id"], take: 1 }),
  ])
  return Math.max(0, newer - marked)
}

/** A page of the receiver's in-app notifications, newest first, each with `read`, and the unread count. */
export async function listFeed(scope: Scope, receiverId: string, page: { skip: number; take: number }) {
  const [rows, count] = await notifications(scope).listAndCountNotifications(
    { receiver_id: receiverId, channel: FEED_CHANNEL },
    { select: FIELDS, order: { created_at: "DESC", id: "DESC" }, skip: page.skip, take: page.take },
  )
  const since = await lastReadAt(scope, receiverId)
  const marks = rows.length
    ? await state(scope).listNotificationReadMarks(
        { receiver_id: receiverId, notification_id: rows.map((n) => n.id) },
        { select: ["notification_id"], take: null },
      )
    : []
  const marked = new Set(marks.map((m) => m.notification_id))
  return {
    notifications: rows.map((n) => ({
      ...n,
      kind: n.template,
      read: new Date(n.created_at as unknown as string) <= since || marked.has(n.id),
    })),
    count,
    offset: page.skip,
    limit: page.take,
    unread: await unreadCount(scope, receiverId),
  }
}

/** Everything the receiver has now counts as read. */
export async function markAllRead(scope: Scope, receiverId: string) {
  const service = state(scope)
  const now = new Date()
  const [row] = await service.listNotificationReadStates({ receiver_id: receiverId }, { take: 1 })
  if (row) await service.updateNotificationReadStates({ id: row.id, last_read_at: now })
  else await service.createNotificationReadStates({ receiver_id: receiverId, last_read_at: now })
  const marks = await service.listNotificationReadMarks({ receiver_id: receiverId }, { select: ["id"], take: null })
  if (marks.length) await service.deleteNotificationReadMarks(marks.map((m) => m.id))
}

/** One of the receiver's notifications read; another receiver's (or an unknown id) is a 404. */
export async function markRead(scope: Scope, receiverId: string, notificationId: string) {
  const [notification] = await notifications(scope).listNotifications(
    // FilterableNotificationProps lacks `id`, which the module filters by all the same.
    { id: notificationId, receiver_id: receiverId, channel: FEED_CHANNEL } as any,
    { select: ["id", "created_at"], take: 1 },
  )
  if (!notification) throw notFound(`notification ${notificationId} not found`)
  if (new Date(notification.created_at as unknown as string) <= (await lastReadAt(scope, receiverId))) return
  const service = state(scope)
  const [existing] = await service.listNotificationReadMarks(
    { receiver_id: receiverId, notification_id: notificationId },
    { take: 1 },
  )
  if (!existing) await service.createNotificationReadMarks({ receiver_id: receiverId, notification_id: notificationId })
}
