import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StatusRecord } from "../types"

export interface UpdateRecordInput {
  record: StatusRecord
  id: string
  data: Record<string, unknown>
}

/** Updates one record; the compensation restores the previous values of the changed fields. */
export const updateRecordStep = createStep(
  "marketplace-update-record",
  async ({ record, id, data }: UpdateRecordInput, { container }) => {
    const service = container.resolve<Record<string, any>>(record.module)
    const before = await service[`retrieve${record.model}`](id, { select: ["id", ...Object.keys(data)] })
    const updated = await service[`update${record.models}`]({ id, ...data })
    return new StepResponse(updated, { record, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<Record<string, any>>(undo.record.module)[`update${undo.record.models}`](undo.before)
  },
)
