import { addToCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertMinimumOrder, quantitiesAfterAdding } from "../../lib/minimum-order"

/** A verified distributor's line below the product's wholesale MOQ is refused (400) before anything is written. */
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const lines = await quantitiesAfterAdding(container, input.cart_id, (input.items ?? []) as any[])
  await assertMinimumOrder(container, input.cart_id, lines)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const item = ((cart as any).items ?? []).find((line: any) => line?.id === input.item_id)
  if (!item?.variant_id || input.update.quantity === undefined) return
  await assertMinimumOrder(container, input.cart_id, [
    { variant_id: item.variant_id, quantity: Number(input.update.quantity) },
  ])
})
