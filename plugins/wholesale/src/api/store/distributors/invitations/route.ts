import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pendingInvitations, presentInvitation } from "./invitations"

/** GET /store/distributors/invitations → { invitations }: companies that invited the signed-in customer's e-mail, waiting for an answer. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { invitations } = await pendingInvitations(req)
  res.json({ invitations: invitations.map(presentInvitation) })
}
