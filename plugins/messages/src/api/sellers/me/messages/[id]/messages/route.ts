import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@ocop/plugin-marketplace/current-member"
import { presentMessage } from "../../../../../../lib/present"
import { postMessageWorkflow } from "../../../../../../workflows/messages/workflows/post-message"
import { refuseWhenRateLimited } from "../../../../../respond"
import type { PostMessageType } from "../../../../../validators"

/** POST /sellers/me/messages/:id/messages { body } → 201 { message }: the seller answers (404 unless its thread) */
export const POST = async (req: SellerRequest<PostMessageType>, res: MedusaResponse) => {
  const written = await refuseWhenRateLimited(res, async () => {
    const { result } = await postMessageWorkflow(req.scope).run({
      input: {
        thread_id: req.params.id,
        party: "seller",
        party_id: req.member.seller_id,
        author_id: req.member.id,
        body: (req.validatedBody as PostMessageType).body,
      },
    })
    return result
  })
  if (written) res.status(201).json({ message: presentMessage(written.message as any) })
}
