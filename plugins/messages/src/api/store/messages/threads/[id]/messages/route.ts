import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentMessage } from "../../../../../../lib/present"
import { postMessageWorkflow } from "../../../../../../workflows/messages/workflows/post-message"
import { refuseWhenRateLimited } from "../../../../../respond"
import type { PostMessageType } from "../../../../../validators"

/** POST /store/messages/threads/:id/messages { body } → 201 { message } (404 unless it is the customer's thread) */
export const POST = async (req: AuthenticatedMedusaRequest<PostMessageType>, res: MedusaResponse) => {
  const customerId = req.auth_context.actor_id
  const written = await refuseWhenRateLimited(res, async () => {
    const { result } = await postMessageWorkflow(req.scope).run({
      input: {
        thread_id: req.params.id,
        party: "customer",
        party_id: customerId,
        author_id: customerId,
        body: req.validatedBody.body,
      },
    })
    return result
  })
  if (written) res.status(201).json({ message: presentMessage(written.message as any) })
}
