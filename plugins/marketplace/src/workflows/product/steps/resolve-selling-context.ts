import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sellingContext } from "../../../lib/selling-context"

export const resolveSellingContextStep = createStep(
  "marketplace-resolve-selling-context",
  async (_: void, { container }) => {
    return new StepResponse(await sellingContext(container))
  },
)
