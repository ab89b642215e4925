/** The actor type of seller members (auth identity app_metadata.seller_id = the member id). */
export const SELLER_ACTOR = "seller"

/** Commission when neither the seller nor the plugin options set one: 8 % (basis points). */
export const DEFAULT_COMMISSION_BPS = 800

/** Days an invitation stays valid. */
export const INVITE_TTL_DAYS = 7

/**
 * Days after delivery in which a buyer may ask to return lines of a seller's part (plugin option
 * `return_window_days`, this by default).
 *
 * What the law requires, as far as it could be checked here: the Law on Protection of Consumers'
 * Rights 2023 (No. 19/2023/QH15, in force 1 July 2024), Chapter III, Section 1 "distance
 * transactions", Article 37(1)(đ), makes the seller disclose, before the sale, the conditions and
 * method of exchanging and returning goods; the marketplace, as an intermediary platform, must give
 * buyers a way to complain and have disputes handled. No fixed statutory return period for goods sold
 * at a distance could be verified in that Law, in Decree 55/2024/NĐ-CP (its implementing decree) or
 * in the e-commerce rules (Decree 52/2013/NĐ-CP as amended): their texts were not available to check
 * article by article, so no article is cited for a period. Returns for defects, wrong or missing items
 * follow from the seller's duties under the Law and the Civil Code and are not limited by this window
 * where the law gives more.
 *
 * The platform's choice: 7 days after delivery, the usual window of the Vietnamese marketplaces where
 * OCOP products sell; the window, the reasons offered and the seller-then-admin decision are
 * published as the marketplace's return conditions.
 */
export const DEFAULT_RETURN_WINDOW_DAYS = 7

/** At most this many photos with a return request. */
export const RETURN_PHOTOS_MAX = 4

/** Emitted when a seller's order part is delivered: { id, seller_id, number, order_id, customer_id }. */
export const SELLER_ORDER_DELIVERED = "seller_order.delivered"
