import { Module } from "@medusajs/framework/utils"
import TraceabilityModuleService from "./service"

export const TRACEABILITY_MODULE = "traceability"

export default Module(TRACEABILITY_MODULE, {
  service: TraceabilityModuleService,
})

export { TraceabilityModuleService }
// Pure helpers, for the seed and the tests: `import { … } from "@ocop/plugin-ocop/modules/traceability"`.
export { checkEventInput } from "./validate-event"
export { lotMasterHash, eventContentHash, verifyChain } from "./chain"
export { buildEpcisDocument, EPCIS_CONTEXT, OCOP_NAMESPACE } from "./epcis/document"
export { validateEpcisDocument, validateEpcisEvent, EPCIS_SCHEMA_ID } from "./epcis/validate"
export { BIZ_STEPS, DISPOSITIONS } from "./vocabulary"
export type * from "./types"
export { merkleLeafHash, merkleRoot, merkleProof, merkleProofs, verifyInclusion } from "./merkle"
export type { InclusionProof } from "./merkle"
export { headLeafHash, buildDigestTree, digestHash, digestLeafOf, DIGEST_LEAF_FIELDS } from "./digest"
export { resolveActor, isAuthorityRole, AUTHORITY_ROLES } from "./actors"
export type { TraceRecorder } from "./actors"
