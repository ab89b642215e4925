import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentSubject } from "../../../../lib/present"
import { CERTIFICATION_MODULE } from "../../../../modules/certification"
import type CertificationModuleService from "../../../../modules/certification/service"
import { createSubjectWorkflow } from "../../../../workflows/certification/workflows/create-subject"
import type { AdminCreateSubjectType } from "../validators"

/** GET /admin/ocop/subjects?q=&limit=&offset= → { subjects, count, limit, offset } */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { q, limit, offset } = req.validatedQuery as { q?: string; limit: number; offset: number }
  const certification = req.scope.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const term = q?.trim()
  const like = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  const [subjects, count] = await certification.listAndCountOcopSubjects(
    like ? ({ $or: [{ legal_name: { $ilike: like } }, { tax_code: { $ilike: like } }] } as any) : {},
    { skip: offset, take: limit, order: { legal_name: "ASC", id: "ASC" } },
  )
  res.json({ subjects: subjects.map(presentSubject), count, limit, offset })
}

/** POST /admin/ocop/subjects → { subject } */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSubjectType>, res: MedusaResponse) => {
  const { result } = await createSubjectWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.status(201).json({ subject: presentSubject(result) })
}
