import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInviteStep } from "../steps/create-invite"
import type { MemberRole } from "../types"

export const createInviteWorkflowId = "marketplace-create-invite"

export const createInviteWorkflow = createWorkflow(
  createInviteWorkflowId,
  (input: { seller_id: string; email: string; role: MemberRole }) => new WorkflowResponse(createInviteStep(input)),
)
