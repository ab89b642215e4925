import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createGiftBoxWorkflow } from "../../../../workflows/gift-boxes/workflows/create-gift-box"
import type { AdminCreateGiftBoxType } from "./validators"

/** POST /admin/ocop/gift-boxes → 201 { product } (its variant's inventory items are the parts'). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateGiftBoxType>, res: MedusaResponse) => {
  const { result } = await createGiftBoxWorkflow(req.scope).run({ input: req.validatedBody })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "handle",
      "metadata",
      "variants.id",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.required_quantity",
    ],
    filters: { id: result.id },
  })
  res.status(201).json({ product: data[0] })
}
