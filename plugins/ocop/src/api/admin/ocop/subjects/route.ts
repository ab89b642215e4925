import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "../../../utils/validate-query"
import { presentSubject } from "../../../../lib/present"
import { CERTIFICATION_MODULE } from "../../../../modules/certification"
import type CertificationModuleService from "../../../../modules/certification/service"
import { createSubjectWorkflow } from "../../../../workflows/certification/workflows/create-subject"
import type { AdminCreateSubjectType } from "../validators"

/** GET /admin/ocop/subjects?q=&limit=&offset=&order=(-)legal_name|created_at → { subjects, count, limit, offset } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { q } = req.validatedQuery as { q?: string }
  const page = pageOf(req, { legal_name: "ASC", id: "ASC" })
  const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const term = q?.trim()
  const like = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  const [subjects, count] = await certification.listAndCountOcopSubjects(
    like ? ({ $or: [{ legal_name: { $ilike: like } }, { tax_code: { $ilike: like } }] } as any) : {},
    page,
  )
  res.json({ subjects: subjects.map(presentSubject), count, limit: page.take, offset: page.skip })
}

/** POST /admin/ocop/subjects → { subject } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSubjectType>, res: MedusaResponse) => {
  const { result } = await createSubjectWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.status(201).json({ subject: presentSubject(result) })
}
