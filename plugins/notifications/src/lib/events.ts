/**
 * The marketplace's events this plugin turns into notifications (each emitted by the plugin that
 * makes the change; the payload carries what the notification needs).
 */
export const EVENTS = {
  SELLER_ORDER_CREATED: "seller_order.created",
  SELLER_ORDER_SHIPPED: "seller_order.shipped",
  SELLER_ORDER_DELIVERED: "seller_order.delivered",
  QUOTE_ANSWERED: "quote.answered",
  APPROVAL_REQUESTED: "distributor_approval.requested",
  CERTIFICATE_EXPIRING: "ocop-certificate.expiring",
  REVIEW_REPLIED: "review.replied",
  REVIEW_HIDDEN: "review.hidden",
  RETURN_REQUESTED: "seller_return.requested",
  RETURN_DECIDED: "seller_return.decided",
  RETURN_ESCALATED: "seller_return.escalated",
  MESSAGE_CREATED: "message.created",
  SELLER_REGISTERED: "seller.registered",
  DISTRIBUTOR_COMPANY_REGISTERED: "distributor_company.registered",
} as const
