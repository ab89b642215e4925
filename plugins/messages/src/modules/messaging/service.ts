import { MedusaService } from "@medusajs/framework/utils"
import { Message, MessageThread } from "./models"

export interface MessagesOptions {
  /** Messages one author may send per hour (plugin option; default 20). */
  messages_per_hour?: number
}

export const DEFAULT_MESSAGES_PER_HOUR = 20

/** Threads and messages (generated CRUD; the rules live in src/workflows/messages). */
class MessagingModuleService extends MedusaService({ MessageThread, Message }) {
  protected readonly perHour: number

  constructor(container: Record<string, unknown>, options: MessagesOptions = {}) {
    // MedusaService takes every constructor argument (the module declaration too), as Medusa's own modules pass them
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const limit = options.messages_per_hour
    this.perHour = Number.isInteger(limit) && (limit as number) > 0 ? (limit as number) : DEFAULT_MESSAGES_PER_HOUR
  }

  /** How many messages one author may send in an hour. */
  messagesPerHour(): number {
    return this.perHour
  }
}

export default MessagingModuleService
