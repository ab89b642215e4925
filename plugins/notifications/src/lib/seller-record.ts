import type { MedusaContainer } from "@medusajs/framework/types"
import { notifyWorkflow, type NotifyInput } from "../workflows/notify/workflows/notify"

/** The payload of an event about one of a seller's numbered records (an order part, a return). */
export type SellerRecordEvent = { id: string; seller_id: string; number: string }

/** Tells the seller (and the operators when `admin`) of an event about one of its numbered records. */
export async function notifySellerOfRecord(
  container: MedusaContainer,
  { id, seller_id, number }: SellerRecordEvent,
  notice: Pick<NotifyInput, "kind" | "resource_type" | "admin">,
) {
  await notifyWorkflow(container).run({
    input: { ...notice, resource_id: id, data: { id, number }, seller_ids: [seller_id] },
  })
}
