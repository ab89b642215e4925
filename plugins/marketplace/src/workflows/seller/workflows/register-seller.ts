import { createRemoteLinkStep, emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { createSubjectStep } from "@ocop/plugin-ocop/workflows"
import { SELLER_ACTOR } from "../../../constants"
import { SELLER_MODULE } from "../../../modules/seller"
import { createMemberStep } from "../steps/create-member"
import { createSellerStep } from "../steps/create-seller"
import { prepareSellerStep } from "../steps/prepare-seller"
import type { RegisterSellerInput } from "../types"

export const registerSellerWorkflowId = "marketplace-register-seller"
/** A seller waits for the operators' approval: { id, name }. */
export const SELLER_REGISTERED = "seller.registered"

/**
 * Registers a seller (status pending) with its owner member, makes it an OCOP subject (the one
 * registered under its tax code, or a new one) and binds the auth identity to the member. Every
 * step undoes itself when a later one fails.
 */
export const registerSellerWorkflow = createWorkflow(registerSellerWorkflowId, (input: RegisterSellerInput) => {
  const prepared = prepareSellerStep(input)
  const created = when(prepared, (p) => !p.existing_subject_id).then(() => createSubjectStep(prepared.subject))
  const subjectId = transform(
    { prepared, created },
    ({ prepared, created }) => prepared.existing_subject_id ?? created!.id,
  )
  const seller = createSellerStep(prepared.seller)
  const member = createMemberStep(
    transform({ seller, prepared }, ({ seller, prepared }) => ({
      seller_id: seller.id,
      email: prepared.seller.email,
      role: "owner" as const,
    })),
  )
  createRemoteLinkStep(
    transform({ seller, subjectId }, ({ seller, subjectId }) => [
      { [SELLER_MODULE]: { seller_id: seller.id }, [CERTIFICATION_MODULE]: { ocop_subject_id: subjectId } },
    ]),
  )
  setAuthAppMetadataStep(
    transform({ input, member }, ({ input, member }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: SELLER_ACTOR,
      value: member.id,
    })),
  )
  emitEventStep({
    eventName: SELLER_REGISTERED,
    data: transform({ seller }, ({ seller }) => ({ id: seller.id, name: seller.legal_name })),
  })
  return new WorkflowResponse({ seller, member })
})
