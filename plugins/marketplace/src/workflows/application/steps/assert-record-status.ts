import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalid } from "@ocop/plugin-ocop/errors"
import type { StatusRecord } from "../types"

export interface AssertRecordStatusInput {
  record: StatusRecord
  id: string
  allowed: string[]
  /** Completes "a pending seller cannot …". */
  action: string
}

/** Refuses (400, rule `<noun>_status`) unless the record is in one of `allowed` statuses; returns it (with `record.relations`). */
export const assertRecordStatusStep = createStep(
  "marketplace-assert-record-status",
  async ({ record, id, allowed, action }: AssertRecordStatusInput, { container }) => {
    const service = container.resolve<Record<string, any>>(record.module)
    const found = await service[`retrieve${record.model}`](id, record.relations ? { relations: record.relations } : {})
    if (!allowed.includes(found.status)) {
      throw invalid("status", `${record.noun}_status`, `a ${found.status} ${record.noun} cannot ${action}`)
    }
    return new StepResponse(found)
  },
)
