import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import { emailByDefault, notificationText, type NotificationKind } from "@ocop/reference"
import { NOTIFICATION_STATE_MODULE, type NotificationStateModuleService } from "../../../modules/notification-state"
import { ADMIN_RECEIVER, EMAIL_CHANNEL, FEED_CHANNEL } from "../../../lib/channels"

export interface NotifyInput {
  kind: NotificationKind
  resource_type: string
  resource_id: string
  /** Tells apart two notifications of one kind about one resource (a quote answered again); default none. */
  occurrence?: string
  /** What the reader's text needs (see @ocop/reference notifications). */
  data: Record<string, unknown>
  /** Customers (and distributor members, who are customers): in-app, and e-mail to their address. */
  customer_ids?: string[]
  /** Sellers: in-app for the seller (every member sees it), e-mail to each member who wants it. */
  seller_ids?: string[]
  /** The operators: in-app in Medusa admin's own feed (addressed to every admin). */
  admin?: boolean
  /** Addresses without an account (a guest's order): e-mail only, if the kind's e-mail is on by default. */
  guest_emails?: string[]
}

export const buildNotificationsStepId = "notifications-build"

/**
 * One in-app notification per receiver (always), and one e-mail per person whose preference (or the
 * kind's default) allows it. Idempotency keys (kind, resource, occurrence, receiver, channel) keep a
 * repeated event from notifying twice.
 */
export const buildNotificationsStep = createStep(
  buildNotificationsStepId,
  async (input: NotifyInput, { container }) => {
    const key = (receiver: string, channel: string) =>
      [input.kind, input.resource_id, input.occurrence ?? "", receiver, channel].join(":")
    const base = {
      template: input.kind,
      trigger_type: input.kind,
      resource_type: input.resource_type,
      resource_id: input.resource_id,
      data: input.data,
    }
    const customerIds = [...new Set(input.customer_ids ?? [])].filter(Boolean)
    const sellerIds = [...new Set(input.seller_ids ?? [])].filter(Boolean)
    const customers = customerIds.length
      ? await container
          .resolve(Modules.CUSTOMER)
          .listCustomers({ id: customerIds }, { select: ["id", "email", "has_account"], take: null })
      : []
    const members = sellerIds.length
      ? await container
          .resolve<SellerModuleService>(SELLER_MODULE)
          .listSellerMembers({ seller_id: sellerIds }, { select: ["id", "email", "seller_id"], take: null })
      : []
    const people = [...customers.map((c) => c.id), ...members.map((m) => m.id)]
    const choices = people.length
      ? await container
          .resolve<NotificationStateModuleService>(NOTIFICATION_STATE_MODULE)
          .listNotificationPreferences({ person_id: people, kind: input.kind }, { take: null })
      : []
    const chosen = new Map(choices.map((c) => [c.person_id, c.email]))
    const wantsEmail = (personId: string) => chosen.get(personId) ?? emailByDefault(input.kind)

    const notifications: CreateNotificationDTO[] = []
    for (const id of [...customerIds, ...sellerIds]) {
      notifications.push({
        ...base,
        to: id,
        channel: FEED_CHANNEL,
        receiver_id: id,
        idempotency_key: key(id, FEED_CHANNEL),
      })
    }
    if (input.admin) {
      // Medusa admin's feed shows data.title and data.description to every admin ("to" empty).
      notifications.push({
        ...base,
        data: {
          ...input.data,
          title: notificationText(input.kind, input.data, "vi"),
          description: notificationText(input.kind, input.data, "en"),
        },
        to: "",
        channel: FEED_CHANNEL,
        receiver_id: ADMIN_RECEIVER,
        idempotency_key: key(ADMIN_RECEIVER, FEED_CHANNEL),
      })
    }
    for (const person of [...customers, ...members]) {
      if (!person.email || !wantsEmail(person.id)) continue
      notifications.push({
        ...base,
        to: person.email,
        channel: EMAIL_CHANNEL,
        receiver_id: person.id,
        idempotency_key: key(person.id, EMAIL_CHANNEL),
      })
    }
    if (emailByDefault(input.kind)) {
      for (const email of new Set(input.guest_emails ?? [])) {
        if (!email || customers.some((c) => c.email === email)) continue
        notifications.push({ ...base, to: email, channel: EMAIL_CHANNEL, idempotency_key: key(email, EMAIL_CHANNEL) })
      }
    }
    return new StepResponse(notifications)
  },
)
