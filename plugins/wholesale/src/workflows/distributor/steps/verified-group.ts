import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { verifiedDistributorsGroupId } from "../../../lib/verified-group"

/** The id of the "verified distributors" customer group (created once, kept). */
export const verifiedGroupStep = createStep("wholesale-verified-group", async (_: void, { container }) => {
  return new StepResponse(await verifiedDistributorsGroupId(container))
})
