import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { GIFT_BOX_PARTS_KEY } from "@ocop/plugin-ocop/publication-guard"
import { prepareGiftBoxStep, type GiftBoxPart } from "../steps/prepare-gift-box"

export interface CreateGiftBoxInput {
  title: string
  handle?: string
  description?: string | null
  /** VND, VAT included. */
  price: number
  parts: GiftBoxPart[]
}

const OPTION = "Quy cách"
const VALUE = "Hộp quà"

/**
 * A gift box: one product, one variant whose inventory items are its parts' (a Medusa inventory
 * kit), in the OCOP sales channel. It holds no certificate itself: plugin-ocop's publication guard
 * accepts it while every part listed in `metadata.ocop_gift_box_parts` is certified.
 */
export const createGiftBoxWorkflow = createWorkflow("ocop-create-gift-box", (input: CreateGiftBoxInput) => {
  const prepared = prepareGiftBoxStep(transform({ input }, ({ input }) => ({ parts: input.parts })))
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, prepared }, ({ input, prepared }) => ({
      products: [
        {
          title: input.title,
          handle: input.handle,
          description: input.description ?? undefined,
          status: "published" as const,
          ...(prepared.shipping_profile_id ? { shipping_profile_id: prepared.shipping_profile_id } : {}),
          sales_channels: [{ id: prepared.sales_channel_id }],
          metadata: { [GIFT_BOX_PARTS_KEY]: prepared.part_product_ids, ocop_gift_box: true },
          options: [{ title: OPTION, values: [VALUE] }],
          variants: [
            {
              title: VALUE,
              options: { [OPTION]: VALUE },
              manage_inventory: true,
              prices: [{ currency_code: "vnd", amount: input.price }],
              inventory_items: prepared.inventory_items,
            },
          ],
        },
      ],
    })),
  })
  return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
})
