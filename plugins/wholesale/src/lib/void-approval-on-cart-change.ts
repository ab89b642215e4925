import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCartAccess } from "@ocop/plugin-marketplace/store-access"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../modules/distributor"

/**
 * Middleware on every change to a cart (POST or DELETE under /store/carts/:id, completion aside):
 * a pending approval of that cart becomes void, since the approver would otherwise approve a cart
 * that is no longer the one shown. Completion checks the cart against the approval again, exactly
 * (lib/spending-limit), for changes made any other way.
 */
export async function voidApprovalOnCartChange(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const path = req.originalUrl.split("?")[0]
    if (req.method === "GET" || path.endsWith("/complete")) return next()
    await assertCartAccess(req, req.params.id)
    const service = req.scope.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    const pending = await service.listOrderApprovals({ cart_id: req.params.id, status: "pending" }, { select: ["id"] })
    if (pending.length)
      await service.updateOrderApprovals(pending.map((approval) => ({ id: approval.id, status: "void" as const })))
    next()
  } catch (error) {
    next(error)
  }
}
