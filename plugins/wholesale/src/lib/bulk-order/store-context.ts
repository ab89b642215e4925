import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The sales channel of the publishable key a store request carries (bulk orders are checked against it). */
export function requestSalesChannel(req: MedusaRequest): string {
  const channel = (req as any).publishable_key_context?.sales_channel_ids?.[0] as string | undefined
  if (!channel) throw new MedusaError(MedusaError.Types.INVALID_DATA, "the publishable API key has no sales channel")
  return channel
}
