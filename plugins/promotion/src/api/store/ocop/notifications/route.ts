import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * GET /store/ocop/notifications → { notifications }: the signed-in customer's own notifications
 * (new products of followed producers, events, reminders), newest first.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const notifications = await req.scope.resolve<INotificationModuleService>(Modules.NOTIFICATION).listNotifications(
    { receiver_id: req.auth_context.actor_id },
    {
      select: ["id", "template", "data", "resource_type", "resource_id", "created_at"],
      order: { created_at: "DESC", id: "DESC" },
      take: 50,
    },
  )
  res.json({ notifications })
}
