import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { receiveSellerReturnWorkflow } from "../../workflows/returns/workflows/receive-seller-return"

/**
 * Receives an accepted return (the seller's route and the operator's). When the card's payment
 * provider refuses the refund, the workflow has undone the Medusa return and the stock: the request
 * stays accepted, and the caller gets a 422 that says so, not Medusa's "unknown error" 500.
 */
export async function receiveReturn(
  scope: MedusaContainer,
  input: { id: string; by: "seller" | "admin"; actor_id?: string | null },
) {
  try {
    const { result } = await receiveSellerReturnWorkflow(scope).run({ input })
    return result
  } catch (error) {
    if (/error occurred in refundPayment/i.test((error as Error)?.message ?? "")) {
      throw new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        "refund (refund_refused): the card's payment provider refused the refund; the return stays accepted and can be received again later",
      )
    }
    throw error
  }
}
