import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allocateFulfillmentLotsWorkflow } from "../workflows/traceability/workflows/allocate-fulfillment-lots"

/**
 * When an order's fulfillment is created, record which lot each shipped line comes from (for the
 * recall of a lot). The admin may name the lots in the fulfillment's metadata
 * (`{ "ocop_lots": { "<line item id>": "<lot id>" } }`); otherwise the first-expiring lot of the
 * variant with stock left is taken. A subscriber rather than a hook on the fulfillment workflow:
 * tracing must never block a shipment — a failure is logged, the fulfillment stands.
 */
export default async function allocateLotsOnFulfillment({
  event: { data },
  container,
}: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await allocateFulfillmentLotsWorkflow(container).run({
      input: { order_id: data.order_id, fulfillment_id: data.fulfillment_id },
    })
    if (result.length)
      logger.info(`Traceability: fulfillment ${data.fulfillment_id} ships ${result.length} line(s) from known lots`)
  } catch (error) {
    logger.warn(
      `Traceability: could not record the lots of fulfillment ${data.fulfillment_id}: ${(error as Error).message}`,
    )
  }
}

export const config: SubscriberConfig = {
  event: "order.fulfillment_created",
  context: { subscriberId: "ocop-traceability-fulfillment-lots" },
}
