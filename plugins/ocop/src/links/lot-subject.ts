import { defineLink } from "@medusajs/framework/utils"
import CertificationModule from "../modules/certification"
import TraceabilityModule from "../modules/traceability"

/**
 * A lot's producer is an OCOP subject of the certification module. Read-only: the lot's own
 * `subject_id` is the link (no link table to keep in step).
 *   query.graph({ entity: "trace_lot", fields: ["lot_code", "ocop_subject.legal_name", "ocop_subject.province"] })
 */
export default defineLink(
  { linkable: TraceabilityModule.linkable.traceLot, field: "subject_id" },
  CertificationModule.linkable.ocopSubject,
  { readOnly: true },
)
