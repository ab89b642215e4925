import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import type { CreateSubjectInput } from "../types"

export const createSubjectStep = createStep(
  "ocop-create-subject",
  async (data: Omit<CreateSubjectInput, "province"> & { province: string }, { container }) => {
    const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
    const subject = await certification.createOcopSubjects(data)
    return new StepResponse(subject, subject.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<CertificationModuleService>(CERTIFICATION_MODULE).deleteOcopSubjects(id)
  },
)
