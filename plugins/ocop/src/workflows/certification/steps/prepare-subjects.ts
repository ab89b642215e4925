import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "../../../lib/errors"
import type { CreateSubjectInput } from "../types"
import { prepareSubject } from "./prepare-subject"

type PreparedSubject = Awaited<ReturnType<typeof prepareSubject>>
type RefusedSubject = { index: number; message: string }

/** prepareSubjectStep for a batch: a refused subject is reported (index, message), not thrown. */
export const prepareSubjectsStep = createStep(
  "ocop-prepare-subjects",
  async (input: CreateSubjectInput[], { container }) => {
    const result = { prepared: [] as (PreparedSubject & { index: number })[], refused: [] as RefusedSubject[] }
    const taxCodes = new Set<string>()
    for (const [index, subject] of input.entries()) {
      try {
        const prepared = await prepareSubject(container, subject)
        if (taxCodes.has(prepared.tax_code))
          throw invalid("tax_code", "unique", `tax code ${prepared.tax_code} appears twice in this batch`)
        taxCodes.add(prepared.tax_code)
        result.prepared.push({ ...prepared, index })
      } catch (error) {
        if (!MedusaError.isMedusaError(error)) throw error
        result.refused.push({ index, message: (error as Error).message })
      }
    }
    return new StepResponse(result)
  },
)
