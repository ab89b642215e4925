import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_GROUP_CODES, PROVINCE_NAMES } from "@ocop/reference"
import { recentLiveSessions } from "./live-sessions"

type Container = Pick<MedusaContainer, "resolve">
type Knex = { raw: (sql: string, bindings?: unknown) => Promise<{ rows: Record<string, any>[] }> }

export const EXPIRY_WINDOWS = [30, 60, 90] as const
const MONTHS = 12
const TOP_PRODUCTS = 10

/** Certificates valid now (status valid, not past expiry), with each product's latest one for sales. */
const VALID = `c.deleted_at IS NULL AND c.status = 'valid' AND c.expires_at > :now`

/**
 * Sold lines of placed orders (not canceled or draft) with the province and product group of the
 * product's latest certificate. Amounts are unit price × quantity, VAT included, before discounts.
 */
const SOLD_LINES = `
  WITH latest AS (
    SELECT DISTINCT ON (product_id) product_id, province, product_group
    FROM ocop_certificate WHERE deleted_at IS NULL
    ORDER BY product_id, decision_date DESC
  ), sold AS (
    SELECT o.id AS order_id, li.product_id, li.product_title,
           (oi.quantity * COALESCE(oi.unit_price, li.unit_price)) AS amount, oi.quantity
    FROM "order" o
    JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
    JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
    WHERE o.deleted_at IS NULL AND o.status NOT IN ('canceled', 'draft') AND o.is_draft_order = false
  )
  SELECT sold.*, latest.province, latest.product_group FROM sold JOIN latest ON latest.product_id = sold.product_id`

const num = (value: unknown) => Number(value ?? 0)

/**
 * The programme officers' figures, each one SQL aggregate over the certification and order tables
 * (both in Medusa's one database): certified products by stars, group and province, certificates
 * expiring within 30/60/90 days, new certifications per month (Vietnam time), sales and orders by
 * province and group, top products, the latest live sessions' orders and revenue, and one row per
 * province (all 34, zeros included).
 */
export async function programmeStats(container: Container, now = new Date()) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const at = { now: now.toISOString() }
  const bind = (sql: string, extra: Record<string, unknown> = {}) => knex.raw(sql, { ...at, ...extra })

  const [byStars, byGroup, byProvince, expiring, perMonth, salesByProvince, salesByGroup, top, totals, live] =
    await Promise.all([
      bind(
        `SELECT stars, COUNT(*)::int AS products FROM ocop_certificate c WHERE ${VALID} GROUP BY stars ORDER BY stars`,
      ),
      bind(
        `SELECT product_group, COUNT(*)::int AS products FROM ocop_certificate c WHERE ${VALID} GROUP BY product_group ORDER BY product_group`,
      ),
      bind(
        `SELECT c.province, COUNT(*)::int AS products, COUNT(*) FILTER (WHERE c.stars = 5)::int AS five_star,
              COUNT(DISTINCT c.subject_id)::int AS producers
       FROM ocop_certificate c WHERE ${VALID} GROUP BY c.province`,
      ),
      bind(
        `SELECT ${EXPIRY_WINDOWS.map(
          (days) =>
            `COUNT(*) FILTER (WHERE c.expires_at <= :now::timestamptz + interval '${days} days')::int AS within_${days}`,
        ).join(", ")}
       FROM ocop_certificate c WHERE ${VALID}`,
      ),
      bind(
        `SELECT to_char(c.decision_date AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, COUNT(*)::int AS certificates
       FROM ocop_certificate c
       WHERE c.deleted_at IS NULL
         AND c.decision_date >= date_trunc('month', (:now::timestamptz AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '${MONTHS - 1} months') AT TIME ZONE 'Asia/Ho_Chi_Minh'
       GROUP BY 1 ORDER BY 1`,
      ),
      bind(
        `SELECT province, COUNT(DISTINCT order_id)::int AS orders, SUM(amount) AS sales FROM (${SOLD_LINES}) s GROUP BY province`,
      ),
      bind(
        `SELECT product_group, COUNT(DISTINCT order_id)::int AS orders, SUM(amount) AS sales FROM (${SOLD_LINES}) s GROUP BY product_group ORDER BY product_group`,
      ),
      bind(
        `SELECT product_id, MAX(product_title) AS title, province, product_group, SUM(quantity) AS quantity, SUM(amount) AS sales,
              COUNT(DISTINCT order_id)::int AS orders
       FROM (${SOLD_LINES}) s GROUP BY product_id, province, product_group ORDER BY SUM(amount) DESC, product_id LIMIT ${TOP_PRODUCTS}`,
      ),
      bind(
        `SELECT COUNT(*)::int AS products, COUNT(DISTINCT c.subject_id)::int AS producers FROM ocop_certificate c WHERE ${VALID}`,
      ),
      recentLiveSessions(container, now),
    ])

  const certified = new Map(byProvince.rows.map((r) => [r.province, r]))
  const sold = new Map(salesByProvince.rows.map((r) => [r.province, r]))
  return {
    generated_at: now.toISOString(),
    totals: { certified_products: num(totals.rows[0]?.products), producers: num(totals.rows[0]?.producers) },
    by_stars: [3, 4, 5].map((stars) => ({
      stars,
      products: num(byStars.rows.find((r) => r.stars === stars)?.products),
    })),
    by_group: PRODUCT_GROUP_CODES.map((group) => ({
      product_group: group,
      products: num(byGroup.rows.find((r) => r.product_group === group)?.products),
      orders: num(salesByGroup.rows.find((r) => r.product_group === group)?.orders),
      sales: Math.round(num(salesByGroup.rows.find((r) => r.product_group === group)?.sales)),
    })),
    expiring: Object.fromEntries(
      EXPIRY_WINDOWS.map((days) => [`within_${days}_days`, num(expiring.rows[0]?.[`within_${days}`])]),
    ),
    new_per_month: perMonth.rows.map((r) => ({ month: r.month as string, certificates: num(r.certificates) })),
    top_products: top.rows.map((r) => ({
      product_id: r.product_id as string,
      title: r.title as string,
      province: r.province as string,
      product_group: num(r.product_group),
      quantity: num(r.quantity),
      orders: num(r.orders),
      sales: Math.round(num(r.sales)),
    })),
    live_sessions: live,
    provinces: PROVINCE_NAMES.map((province) => ({
      province,
      certified_products: num(certified.get(province)?.products),
      five_star: num(certified.get(province)?.five_star),
      producers: num(certified.get(province)?.producers),
      orders: num(sold.get(province)?.orders),
      sales: Math.round(num(sold.get(province)?.sales)),
    })),
  }
}
