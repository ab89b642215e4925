import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rateLimited } from "../../../lib/errors"
import { MESSAGING_MODULE, type AuthorKind, type MessagingModuleService } from "../../../modules/messaging"

const HOUR_MS = 3_600_000

/**
 * Refuses a message when its author has sent the hourly number already (counted over the last
 * hour, so the limit slides rather than resetting on the hour). The workflow holds a lock on the
 * author around the count and the write, so two messages sent at once cannot both pass.
 */
export const checkMessageRateStep = createStep(
  "messages-check-message-rate",
  async (input: { author_kind: AuthorKind; author_id: string }, { container }) => {
    const service = container.resolve<MessagingModuleService>(MESSAGING_MODULE)
    const perHour = service.messagesPerHour()
    const sent = await service.listMessages(
      {
        author_kind: input.author_kind,
        author_id: input.author_id,
        created_at: { $gt: new Date(Date.now() - HOUR_MS) },
      },
      { select: ["id"], take: perHour },
    )
    if (sent.length >= perHour) throw rateLimited(perHour)
    return new StepResponse(undefined)
  },
)
