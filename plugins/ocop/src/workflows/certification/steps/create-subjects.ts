import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { prepareSubject } from "./prepare-subject"

/** Stores many subjects in one write. Compensation deletes them. */
export const createSubjectsStep = createStep(
  "ocop-create-subjects",
  async (data: Awaited<ReturnType<typeof prepareSubject>>[], { container }) => {
    if (!data.length) return new StepResponse([] as { id: string; tax_code: string }[], [] as string[])
    const subjects = await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).createOcopSubjects(data)
    return new StepResponse(
      subjects as { id: string; tax_code: string }[],
      subjects.map((s: { id: string }) => s.id),
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteOcopSubjects(ids)
  },
)
