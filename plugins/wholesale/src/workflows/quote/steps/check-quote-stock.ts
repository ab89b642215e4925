import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import { quotableStock } from "../../../lib/quote-stock"

/**
 * A quote is answered and accepted only while the stock covers its quantity: Medusa reserves stock
 * when the order is placed and refuses a cart beyond it, and its only way past that (backorders) is
 * per variant, for every buyer. So a seller who promises a later delivery (the next harvest) first
 * records that production as stock; a quote beyond the stock is refused with the numbers, to the
 * seller when answering ("stock"), to the buyer when the stock was sold meanwhile ("stock_sold").
 */
export const checkQuoteStockStep = createStep(
  "wholesale-check-quote-stock",
  async (input: { quote: { variant_id: string; quantity: number }; when: "answer" | "accept" }, { container }) => {
    const available = (await quotableStock(container, [input.quote.variant_id])).get(input.quote.variant_id)
    if (available != null && available < input.quote.quantity) {
      throw input.when === "answer"
        ? invalid(
            "quantity",
            "stock",
            `${available} in stock for ${input.quote.quantity} quoted: raise this variant's stock to at least ${input.quote.quantity} (the production you promise by delivery_date) before answering`,
          )
        : invalid(
            "quantity",
            "stock_sold",
            `${available} left in stock for ${input.quote.quantity} quoted: ask the seller to raise the stock or to quote again`,
          )
    }
    return new StepResponse(available ?? null)
  },
)
