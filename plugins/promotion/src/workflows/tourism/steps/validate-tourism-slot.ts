import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sellerProductIds } from "@ocop/plugin-marketplace/seller-scope"
import { notFound } from "@ocop/plugin-ocop/errors"
import { tourismRefusal } from "../../../lib/tourism-errors"
import { serviceProductIds } from "../../../lib/tourism-slots"

export type ValidateTourismSlotInput = { seller_id: string; variant_id: string; starts_at: Date | string }

/**
 * A slot is for a variant of one of the seller's own service products (another seller's variant
 * looks like a missing one), and starts in the future. Returns the variant's product id.
 */
export const validateTourismSlotStep = createStep(
  "validate-tourism-slot",
  async (input: ValidateTourismSlotInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "variant",
      fields: ["id", "product_id"],
      filters: { id: input.variant_id },
    })
    const productId = (data[0] as { product_id?: string } | undefined)?.product_id
    const [own] = productId ? await sellerProductIds(container, input.seller_id, [productId]) : []
    if (!own) throw notFound(`variant ${input.variant_id} not found`)
    if (!(await serviceProductIds(container, [own])).has(own))
      throw tourismRefusal("not_a_service", `product ${own} is not a community-tourism service`)
    // A workflow hands its input on serialised: the date may arrive as a string.
    if (new Date(input.starts_at) <= new Date()) throw tourismRefusal("slot_past", "a slot starts in the future")
    return new StepResponse({ product_id: own })
  },
)
