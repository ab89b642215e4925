import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { presentSlots } from "../../../../../../../lib/tourism-slots"
import { closeTourismSlotWorkflow } from "../../../../../../../workflows/tourism/workflows/close-tourism-slot"

/** POST /sellers/me/tourism/slots/:id/close → { slot }: no new bookings; those made stay valid. */
export const POST = async (req: SellerRequest, res: MedusaResponse) => {
  const { result } = await closeTourismSlotWorkflow(req.scope).run({
    input: { seller_id: req.member.seller_id, slot_id: req.params.id },
  })
  const [slot] = await presentSlots(req.scope, [result])
  res.json({ slot })
}
