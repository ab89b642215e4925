import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError, Modules } from "@medusajs/framework/utils"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "@ocop/plugin-wholesale/modules/distributor"
import { checkCartCompletion } from "@ocop/plugin-wholesale/spending-limit"
import { discardInterruptedOrders } from "./discard-interrupted-orders"

/** How long a buyer waits for the checkouts ahead of theirs on the same stock before a 409. */
const QUEUE_SECONDS = 60

/**
 * Serialises `POST /store/carts/:id/complete` per inventory item, for the whole completion.
 *
 * Why (failure drill "no oversell", backend/integration-tests/http/drills-checkout.spec.ts): with
 * 100 concurrent completions on 10 units, Medusa 2.21's completeCartWorkflow creates the order
 * before it reserves stock (the reservation alone is locked); the 90 losers then compensate at
 * the same time, the workflow engine fails to save their checkpoints ("version conflicts") and
 * orders were left behind without reservation or payment, for minutes. Holding a lock on the
 * cart's inventory items across the completion, and refusing at once (409 naming the product)
 * when the stock is gone, leaves exactly one order per unit and no half-made orders. A completed
 * cart skips the check, so a retry gets its order back. The cart's own key is locked too, so that
 * the orders an interrupted completion left behind can be cleared safely before a retry.
 */
export const serializeCartCompletion = serializeCompletionOf(async (req) => req.params.id, checkCartCompletion)

/**
 * The same for an approver's `POST /store/distributors/me/approvals/:id/approve`, which completes
 * the buyer's cart (wholesale plugin): it competes for the same stock as the checkouts, and its
 * workflow checks the cart against the approval under this lock.
 */
export const serializeApprovalCompletion = serializeCompletionOf(async (req) => {
  const [approval] = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .listOrderApprovals({ id: req.params.id }, { select: ["cart_id"], take: 1 })
  return approval?.cart_id
})

type UnderLock = (scope: MedusaRequest["scope"], cartId: string) => Promise<void>

/** `underLock`: checks of the cart that must see it as it is completed (a distributor buyer's spending limit and approval). */
function serializeCompletionOf(cartIdOf: (req: MedusaRequest) => Promise<string | undefined>, underLock?: UnderLock) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const cartId = await cartIdOf(req)
      if (!cartId) return next()
      await completeOneAtATime(cartId, req, res, next, underLock)
    } catch (error) {
      if (!res.headersSent) next(error)
    }
  }
}

async function completeOneAtATime(
  cartId: string,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
  underLock?: UnderLock,
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "email",
      "customer_id",
      "created_at",
      "completed_at",
      "sales_channel_id",
      "items.quantity",
      "items.title",
      "items.variant_id",
      "items.variant.manage_inventory",
      "items.variant.inventory_items.inventory_item_id",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as any
  const managed = (cart?.items ?? []).filter((item: any) => item?.variant?.manage_inventory)
  if (!cart || cart.completed_at) return next()
  const inventoryKeys = new Set<string>(
    managed.flatMap((item: any) => item.variant.inventory_items.map((i: any) => i.inventory_item_id)),
  )
  // Own keys: the workflow's reservation step locks the inventory item ids themselves
  const keys = [`checkout-cart:${cart.id}`, ...[...inventoryKeys].sort().map((key) => `checkout:${key}`)]

  const locking = req.scope.resolve(Modules.LOCKING)
  try {
    await executeInOrder(
      locking,
      keys,
      () =>
        new Promise<void>((released, failed) => {
          res.once("close", () => released())
          discardInterruptedOrders(req.scope, cart)
            .then(() => availableForCart(query, cart, managed))
            .then(() => underLock?.(req.scope, cart.id))
            .then(() => next())
            .catch(failed)
        }),
      Date.now() + QUEUE_SECONDS * 1000,
    )
  } catch (error) {
    if (res.headersSent) return
    if (error instanceof MedusaError) return next(error)
    next(new MedusaError(MedusaError.Types.CONFLICT, "Checkout is busy for these products; please try again"))
  }
}

/**
 * Takes the keys one after another, in the order given (the same order for every completion), and
 * runs `job` holding all of them. Medusa's Redis locking provider takes the keys of one `execute`
 * all at once, so two completions of the same cart on two server processes could each hold one
 * key and wait for the other's until the timeout (found by the two-process drills); one key at a
 * time in a fixed order cannot deadlock. The in-process provider already takes keys in order.
 */
function executeInOrder(
  locking: { execute: (key: string, job: () => Promise<void>, options: { timeout: number }) => Promise<void> },
  keys: string[],
  job: () => Promise<void>,
  deadline: number,
): Promise<void> {
  if (!keys.length) return job()
  const [first, ...rest] = keys
  const timeout = Math.max(1, Math.ceil((deadline - Date.now()) / 1000))
  return locking.execute(first, () => executeInOrder(locking, rest, job, deadline), { timeout })
}

async function availableForCart(query: any, cart: any, managed: any[]) {
  const variantIds = [...new Set<string>(managed.map((item) => item.variant_id))]
  const availability = await getVariantAvailability(query, {
    variant_ids: variantIds,
    sales_channel_id: cart.sales_channel_id,
  })
  for (const item of managed) {
    const wanted = managed
      .filter((other) => other.variant_id === item.variant_id)
      .reduce((sum, other) => sum + Number(other.quantity), 0)
    if ((availability[item.variant_id]?.availability ?? 0) < wanted) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Not enough stock for ${item.title}: sold out while you were checking out`,
      )
    }
  }
}
