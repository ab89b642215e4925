/** The actor type of seller members (auth identity app_metadata.seller_id = the member id). */
export const SELLER_ACTOR = "seller"

/** Commission when neither the seller nor the plugin options set one: 8 % (basis points). */
export const DEFAULT_COMMISSION_BPS = 800

/** Days an invitation stays valid. */
export const INVITE_TTL_DAYS = 7

/** Emitted when a seller's order part is delivered: { id, seller_id, number, order_id, customer_id }. */
export const SELLER_ORDER_DELIVERED = "seller_order.delivered"
