import {
  acquireLockStep,
  createLineItemsStep,
  emitEventStep,
  getLineItemActionsStep,
  refreshCartShippingMethodsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  updateCartPromotionsWorkflow,
  updateLineItemsStep,
  upsertTaxLinesWorkflow,
} from "@medusajs/medusa/core-flows"
import { CartWorkflowEvents, PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { BulkLineInput } from "../../../lib/bulk-order/parse-csv"
import { prepareBulkLineItemsStep } from "../steps/prepare-bulk-line-items"

export const addBulkOrderWorkflowId = "wholesale-add-bulk-order"

export interface AddBulkOrderInput {
  cart_id: string
  sales_channel_id: string
  lines: BulkLineInput[]
}

/**
 * A distributor's bulk order into its cart in one step, all the lines or none: every line is
 * checked again and priced at its tier, the lines are created (or joined to the cart's line of the
 * same variant), then the cart is refreshed as Medusa's add-to-cart does it (shipping methods, tax
 * lines of the new lines, promotions, payment collection), with Medusa's own workflows.
 *
 * Why not Medusa's add-to-cart with 1,000 items: its steps hand the whole cart (every line with
 * its product and variant) from step to step, and the workflow engine copies every step's input;
 * with 1,000 lines that copying took most of its 12.8 s (CPU profile), and its inventory
 * confirmation ran 2,000 queries. Here the lines are checked and priced in set-based queries (the
 * same stock, certificate, MOQ and tier rules), the tax lines are computed from the cart without
 * its lines, and the refreshes with nothing to do (no shipping method, no promotion that could
 * apply, no payment collection yet) are skipped.
 */
export const addBulkOrderWorkflow = createWorkflow(addBulkOrderWorkflowId, (input: AddBulkOrderInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 2, ttl: 30 })
  const prepared = prepareBulkLineItemsStep(input)
  const { itemsToCreate, itemsToUpdate } = getLineItemActionsStep({ id: input.cart_id, items: prepared.items })
  const [created, updated] = parallelize(
    createLineItemsStep({ id: input.cart_id, items: itemsToCreate }),
    updateLineItemsStep({ id: input.cart_id, items: itemsToUpdate }),
  )
  when("bulk-refresh-shipping-methods", { prepared }, ({ prepared }) => prepared.refresh.shipping_methods).then(() => {
    refreshCartShippingMethodsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  })
  upsertTaxLinesWorkflow.runAsStep({
    input: transform({ prepared, created, updated }, ({ prepared, created, updated }) => ({
      cart: prepared.tax_context,
      items: [...(created ?? []), ...(updated ?? [])],
      shipping_methods: [],
    })) as any,
  })
  when("bulk-refresh-promotions", { prepared }, ({ prepared }) => prepared.refresh.promotions).then(() => {
    updateCartPromotionsWorkflow.runAsStep({
      input: transform({ input, prepared }, ({ input, prepared }) => ({
        cart_id: input.cart_id,
        promo_codes: prepared.promo_codes,
        action: PromotionActions.REPLACE,
        force_refresh_payment_collection: false,
      })),
    })
  })
  when("bulk-refresh-payment-collection", { prepared }, ({ prepared }) => prepared.refresh.payment_collection).then(
    () => {
      refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    },
  )
  parallelize(
    emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } }),
    releaseLockStep({ key: input.cart_id }),
  )
  return new WorkflowResponse(transform({ prepared }, ({ prepared }) => prepared.items.length))
})
