import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, PromotionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkBulkLines, readVariantsBySku } from "../../../lib/bulk-order/check-lines"
import { LINE_VARIANT_FIELDS, lineItemData } from "../../../lib/bulk-order/line-item-data"
import type { BulkLineInput } from "../../../lib/bulk-order/parse-csv"
import { calculatePricesByQuantity } from "../../../lib/bulk-order/prices-by-quantity"

const LISTED_PROBLEMS = 20

export interface PrepareBulkLineItemsInput {
  cart_id: string
  sales_channel_id: string
  lines: BulkLineInput[]
}

/** The cart fields Medusa's tax calculation reads besides the lines (core-flows' upsert-tax-lines). */
const TAX_CONTEXT_FIELDS = [
  "id",
  "locale",
  "currency_code",
  "email",
  "region.id",
  "region.automatic_taxes",
  "customer.id",
  "customer.email",
  "customer.metadata",
  "customer.groups.id",
  "shipping_address.id",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_address.region_code",
  "shipping_address.province",
  "shipping_address.metadata",
  "shipping_methods.id",
  "shipping_methods.shipping_option_id",
  "shipping_methods.amount",
]

/**
 * Checks every line again against the cart (stock and certificates may have changed since the
 * report; the units already in the cart count) and refuses the whole order (400) on any problem;
 * then prices each line at the tier of the quantity its cart line will hold, as the cart would.
 * Returns the line items to add, the cart without its lines (the context of its tax calculation)
 * and which of the cart's refreshes have something to do. Reads only: nothing to compensate.
 */
export const prepareBulkLineItemsStep = createStep(
  "wholesale-prepare-bulk-line-items",
  async (input: PrepareBulkLineItemsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: [
        ...TAX_CONTEXT_FIELDS,
        "completed_at",
        "region_id",
        "customer_id",
        "promotions.code",
        "payment_collection.id",
        "items.variant_id",
        "items.quantity",
        "items.is_custom_price",
        "items.metadata",
      ],
      filters: { id: input.cart_id },
    })
    const cart = carts[0] as any
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `cart_id: cart ${input.cart_id} not found`)
    if (cart.completed_at)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `cart_id: cart ${input.cart_id} is already completed`)

    const variants = await readVariantsBySku(container, input.lines, LINE_VARIANT_FIELDS)
    const report = await checkBulkLines(
      container,
      { lines: input.lines, sales_channel_id: input.sales_channel_id, region_id: cart.region_id },
      { prices: false, cart, variants },
    )
    const bad = report.rows.filter((row) => !row.ok)
    if (bad.length) {
      const listed = bad
        .slice(0, LISTED_PROBLEMS)
        .map(
          (row) =>
            `line ${row.line} (${row.sku || "no SKU"}): ${row.problems.map((p) => `${p.code}: ${p.message}`).join(", ")}`,
        )
      const more = bad.length > LISTED_PROBLEMS ? `; and ${bad.length - LISTED_PROBLEMS} more lines` : ""
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines: ${bad.length} of ${report.rows.length} cannot be ordered, nothing was added — ${listed.join("; ")}${more}`,
      )
    }

    const byId = new Map<string, any>([...variants.values()].map((variant) => [variant.id, variant]))
    const prices = await calculatePricesByQuantity(
      container,
      report.rows.map((row) => ({
        key: row.variant_id!,
        price_set_id: byId.get(row.variant_id!)?.price_set?.id,
        quantity: row.line_quantity!,
      })),
      {
        currency_code: cart.currency_code,
        region_id: cart.region_id,
        customer_id: cart.customer_id,
        customer_group_ids: (cart.customer?.groups ?? []).map((group: any) => group.id),
      },
    )
    const unpriced = report.rows.filter((row) => !prices.has(row.variant_id!))
    if (unpriced.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `lines: no price in ${cart.currency_code.toUpperCase()} for ${unpriced.map((row) => `line ${row.line} (${row.sku})`).join(", ")}, nothing was added`,
      )
    }
    const { items: _lines, promotions, payment_collection, ...taxContext } = cart
    const promoCodes: string[] = (promotions ?? []).map((promotion: any) => promotion?.code).filter(Boolean)
    return new StepResponse({
      items: report.rows.map((row) =>
        lineItemData(cart.id, byId.get(row.variant_id!), prices.get(row.variant_id!)!, row.quantity!),
      ),
      // The tax context without the cart's lines: only the new lines are taxed (their own input)
      tax_context: { ...taxContext, items: [] },
      promo_codes: promoCodes,
      refresh: {
        shipping_methods: Boolean(cart.shipping_methods?.length),
        promotions: promoCodes.length > 0 || (await automaticPromotionRunning(container)),
        payment_collection: Boolean(payment_collection),
      },
    })
  },
)

/** Whether an automatic promotion is active: Medusa applies those to every cart it refreshes. */
async function automaticPromotionRunning(container: Pick<MedusaContainer, "resolve">) {
  const [promotion] = await container
    .resolve(Modules.PROMOTION)
    .listPromotions({ is_automatic: true, status: [PromotionStatus.ACTIVE] } as any, { select: ["id"], take: 1 })
  return Boolean(promotion)
}
