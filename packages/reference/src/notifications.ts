/**
 * The kinds of notification the marketplace sends, who reads each one, whether its e-mail is sent
 * unless the reader turns it off (transactional), and its text in Vietnamese and English. A
 * notification stores only its kind and data; each surface (storefront, e-mail, Medusa admin's
 * feed) renders it here, in the reader's language.
 */

export type NotificationLang = "vi" | "en"
export type NotificationAudience = "customer" | "seller" | "admin"
export type NotificationData = Record<string, unknown>

interface KindSpec {
  audiences: NotificationAudience[]
  /** E-mail on by default (the reader may turn it off); others are off until the reader turns them on. */
  transactional: boolean
  /** What the kind is, for the preferences form. */
  label: Record<NotificationLang, string>
  text: (data: NotificationData, lang: NotificationLang) => string
}

const s = (value: unknown) => (value === null || value === undefined ? "" : String(value))
const vnd = (value: unknown) => `${new Intl.NumberFormat("vi-VN").format(Number(value) || 0)} ₫`
const day = (value: unknown, lang: NotificationLang) =>
  value
    ? new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
        dateStyle: "medium",
        timeZone: "Asia/Ho_Chi_Minh",
      }).format(new Date(String(value)))
    : ""
const pick = (lang: NotificationLang, vi: string, en: string) => (lang === "vi" ? vi : en)

const DECISIONS: Record<string, Record<NotificationLang, string>> = {
  accepted: { vi: "đã được chấp nhận", en: "was accepted" },
  refused: { vi: "bị từ chối", en: "was refused" },
  refunded: { vi: "đã được hoàn tiền", en: "was refunded" },
}

export const NOTIFICATION_KINDS = {
  "seller_order.created": {
    audiences: ["seller"],
    transactional: true,
    label: { vi: "Đơn hàng mới", en: "New orders" },
    text: (d, l) => pick(l, `Đơn hàng mới ${s(d.number)}`, `New order ${s(d.number)}`),
  },
  "seller_order.shipped": {
    audiences: ["customer"],
    transactional: true,
    label: { vi: "Đơn hàng đã gửi đi", en: "Orders shipped" },
    text: (d, l) => pick(l, `Đơn hàng ${s(d.number)} đã được gửi đi`, `Order ${s(d.number)} has shipped`),
  },
  "seller_order.delivered": {
    audiences: ["customer"],
    transactional: true,
    label: { vi: "Đơn hàng đã giao", en: "Orders delivered" },
    text: (d, l) => pick(l, `Đơn hàng ${s(d.number)} đã giao đến bạn`, `Order ${s(d.number)} was delivered`),
  },
  "quote.answered": {
    audiences: ["customer"],
    transactional: true,
    label: { vi: "Báo giá được trả lời", en: "Quotes answered" },
    text: (d, l) =>
      pick(
        l,
        `Người bán đã báo giá ${s(d.product_title)}: ${vnd(d.unit_price)} mỗi đơn vị`,
        `The seller answered your quote for ${s(d.product_title)}: ${vnd(d.unit_price)} per unit`,
      ),
  },
  "approval.requested": {
    audiences: ["customer"],
    transactional: true,
    label: { vi: "Đơn hàng chờ duyệt", en: "Orders awaiting approval" },
    text: (d, l) =>
      pick(
        l,
        `Đơn hàng ${vnd(d.amount)} của ${s(d.requested_by)} chờ bạn duyệt`,
        `An order of ${vnd(d.amount)} by ${s(d.requested_by)} awaits your approval`,
      ),
  },
  "certificate.expiring": {
    audiences: ["seller"],
    transactional: true,
    label: { vi: "Chứng nhận OCOP sắp hết hạn", en: "OCOP certificates expiring" },
    text: (d, l) =>
      pick(
        l,
        `Chứng nhận OCOP ${s(d.decision_number)} (${s(d.product_title)}) hết hạn sau ${s(d.days)} ngày`,
        `OCOP certificate ${s(d.decision_number)} (${s(d.product_title)}) expires in ${s(d.days)} days`,
      ),
  },
  "review.replied": {
    audiences: ["customer"],
    transactional: true,
    label: { vi: "Trả lời đánh giá", en: "Replies to my reviews" },
    text: (d, l) =>
      pick(
        l,
        `Nhà sản xuất đã trả lời đánh giá của bạn về ${s(d.product_title)}`,
        `The producer replied to your review of ${s(d.product_title)}`,
      ),
  },
  "review.hidden": {
    audiences: ["customer"],
    transactional: true,
    label: { vi: "Đánh giá bị ẩn", en: "Reviews hidden" },
    text: (d, l) =>
      pick(
        l,
        `Đánh giá của bạn về ${s(d.product_title)} đã bị ẩn: ${s(d.reason)}`,
        `Your review of ${s(d.product_title)} was hidden: ${s(d.reason)}`,
      ),
  },
  "return.requested": {
    audiences: ["seller"],
    transactional: true,
    label: { vi: "Yêu cầu trả hàng", en: "Return requests" },
    text: (d, l) =>
      pick(l, `Người mua yêu cầu trả hàng đơn ${s(d.number)}`, `The buyer asks to return order ${s(d.number)}`),
  },
  "return.decided": {
    audiences: ["customer"],
    transactional: true,
    label: { vi: "Kết quả trả hàng", en: "Return decisions" },
    text: (d, l) => {
      const decision = DECISIONS[s(d.decision)]?.[l] ?? s(d.decision)
      return pick(
        l,
        `Yêu cầu trả hàng đơn ${s(d.number)} ${decision}`,
        `Your return of order ${s(d.number)} ${decision}`,
      )
    },
  },
  "return.escalated": {
    audiences: ["seller", "admin"],
    transactional: true,
    label: { vi: "Trả hàng chuyển ban quản lý", en: "Returns escalated" },
    text: (d, l) =>
      pick(
        l,
        `Yêu cầu trả hàng đơn ${s(d.number)} được chuyển lên ban quản lý quyết định`,
        `The return of order ${s(d.number)} was escalated to the marketplace for a decision`,
      ),
  },
  "message.created": {
    audiences: ["customer", "seller", "admin"],
    transactional: true,
    label: { vi: "Tin nhắn mới", en: "New messages" },
    text: (d, l) => pick(l, `Tin nhắn mới: ${s(d.subject_title)}`, `New message: ${s(d.subject_title)}`),
  },
  "seller.registered": {
    audiences: ["admin"],
    transactional: true,
    label: { vi: "Người bán chờ duyệt", en: "Sellers awaiting approval" },
    text: (d, l) => pick(l, `Người bán mới chờ duyệt: ${s(d.name)}`, `A new seller awaits approval: ${s(d.name)}`),
  },
  "distributor_company.registered": {
    audiences: ["admin"],
    transactional: true,
    label: { vi: "Nhà phân phối chờ duyệt", en: "Distributors awaiting approval" },
    text: (d, l) =>
      pick(l, `Nhà phân phối mới chờ duyệt: ${s(d.name)}`, `A new distributor awaits approval: ${s(d.name)}`),
  },
  "ocop.product_published": {
    audiences: ["customer"],
    transactional: false,
    label: { vi: "Sản phẩm mới của chủ thể tôi theo dõi", en: "New products of producers I follow" },
    text: (d, l) => pick(l, `Sản phẩm mới: ${s(d.title)}`, `New product: ${s(d.title)}`),
  },
  "ocop.event_announced": {
    audiences: ["customer"],
    transactional: false,
    label: { vi: "Sự kiện mới", en: "New events" },
    text: (d, l) =>
      pick(
        l,
        `Sự kiện mới: ${s(d.title)} (${day(d.starts_at, l)})`,
        `New event: ${s(d.title)} (${day(d.starts_at, l)})`,
      ),
  },
  "ocop.event_reminder": {
    audiences: ["customer"],
    transactional: false,
    label: { vi: "Nhắc sự kiện ngày mai", en: "Reminders of tomorrow's events" },
    text: (d, l) =>
      pick(l, `Ngày mai: ${s(d.title)} (${day(d.starts_at, l)})`, `Tomorrow: ${s(d.title)} (${day(d.starts_at, l)})`),
  },
} satisfies Record<string, KindSpec>

export type NotificationKind = keyof typeof NOTIFICATION_KINDS

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_KINDS, kind)
}

/** The kinds one audience receives (the rows of its preferences form), in a fixed order. */
export function notificationKindsFor(audience: NotificationAudience): NotificationKind[] {
  return (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter((kind) =>
    (NOTIFICATION_KINDS[kind].audiences as NotificationAudience[]).includes(audience),
  )
}

/** Whether the e-mail of a kind is sent when the reader has not chosen. */
export function emailByDefault(kind: NotificationKind): boolean {
  return NOTIFICATION_KINDS[kind].transactional
}

/** A notification's sentence in the reader's language; an unknown kind (an older one) reads as its title. */
export function notificationText(kind: string, data: NotificationData, lang: NotificationLang): string {
  if (isNotificationKind(kind)) return NOTIFICATION_KINDS[kind].text(data, lang)
  return s(data.title)
}

export function notificationLabel(kind: NotificationKind, lang: NotificationLang): string {
  return NOTIFICATION_KINDS[kind].label[lang]
}
