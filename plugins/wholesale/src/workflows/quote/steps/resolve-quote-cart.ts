import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The cart a quote becomes: the Vietnam (VND) region, the buyer (and its e-mail), and the quoted line at the quoted
 * unit price (a custom price: Medusa keeps it instead of the catalogue price).
 */
export const resolveQuoteCartStep = createStep(
  "wholesale-resolve-quote-cart",
  async (input: { quote: Record<string, any>; customer_id: string; sales_channel_id?: string }, { container }) => {
    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" }, { take: 1 })
    if (!region) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "there is no Vietnam (VND) region to sell in")
    const { data: customers } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: input.customer_id },
    })
    const quote = input.quote
    return new StepResponse({
      region_id: region.id,
      customer_id: input.customer_id,
      email: (customers as any[])[0]?.email,
      currency_code: "vnd",
      ...(input.sales_channel_id ? { sales_channel_id: input.sales_channel_id } : {}),
      metadata: { quote_id: quote.id },
      items: [
        {
          variant_id: quote.variant_id,
          quantity: quote.quantity,
          unit_price: quote.unit_price,
          metadata: { quote_id: quote.id },
        },
      ],
    })
  },
)
