import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MESSAGING_MODULE, type MessagingModuleService, type ThreadParty } from "../../../modules/messaging"

/**
 * Reports a thread to the operator with a reason: from then on the operator can read it. A
 * second report (by either side) replaces the reason and reporter. Compensation restores the
 * thread as it was.
 */
export const reportThreadStep = createStep(
  "messages-report-thread",
  async (input: { thread_id: string; party: ThreadParty; reason: string }, { container }) => {
    const service = container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const thread = await service.retrieveMessageThread(input.thread_id)
    const updated = await service.updateMessageThreads({
      id: thread.id,
      status: "reported",
      reported_at: new Date(),
      reported_by: input.party,
      report_reason: input.reason.trim(),
    })
    const before = {
      id: thread.id,
      status: thread.status,
      reported_at: thread.reported_at,
      reported_by: thread.reported_by,
      report_reason: thread.report_reason,
    }
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<MessagingModuleService>(MESSAGING_MODULE).updateMessageThreads(before)
  },
)
