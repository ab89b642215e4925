import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { describeUncertified, findProductsWithoutValidCertificate } from "@ocop/plugin-ocop/publication-guard"
import { getOcopSalesChannel } from "@ocop/plugin-ocop/sales-channel"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"

export interface GiftBoxPart {
  variant_id: string
  quantity: number
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks the parts of a gift box (certified OCOP products, stock-managed, from at least two
 * producers) and returns what the box's variant is made of: Medusa inventory kit items (each part's
 * inventory item with `required_quantity` = parts per box), so the box's stock is derived from its
 * parts and buying a box reserves each part. Reads only.
 */
export const prepareGiftBoxStep = createStep(
  "ocop-prepare-gift-box",
  async (input: { parts: GiftBoxPart[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = input.parts.map((part) => part.variant_id)
    if (new Set(ids).size !== ids.length) throw invalid("parts: each variant appears once (use quantity for more)")
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "product_id",
        "manage_inventory",
        "inventory_items.inventory_item_id",
        "inventory_items.required_quantity",
        "product.shipping_profile.id",
      ],
      filters: { id: ids },
    })
    const byId = new Map((variants as Record<string, any>[]).map((v) => [v.id, v]))
    const unknown = ids.filter((id) => !byId.has(id))
    if (unknown.length) throw invalid(`parts.variant_id: no product variant ${unknown.join(", ")}`)
    const untracked = (variants as Record<string, any>[]).filter(
      (v) => !v.manage_inventory || !v.inventory_items?.length,
    )
    if (untracked.length)
      throw invalid(
        `parts.variant_id: ${untracked.map((v) => v.id).join(", ")} has no managed stock, so a box could not derive its stock from it`,
      )

    const productIds = [...new Set((variants as Record<string, any>[]).map((v) => v.product_id as string))]
    const uncertified = await findProductsWithoutValidCertificate(container, productIds, new Date())
    if (uncertified.length) {
      throw invalid(
        uncertified
          .map((p) => `parts: "${p.title}" cannot go in an OCOP gift box: ${describeUncertified(p)}`)
          .join("; "),
      )
    }
    const certificates: { subject: { id: string } }[] = await container
      .resolve<any>(CERTIFICATION_MODULE)
      .listOcopCertificates({ product_id: productIds, status: "valid" }, { relations: ["subject"] })
    if (new Set(certificates.map((c) => c.subject.id)).size < 2) {
      throw invalid("parts: a gift box brings together products of at least two producers")
    }

    const inventoryItems = input.parts.flatMap((part) =>
      byId
        .get(part.variant_id)!
        .inventory_items.map((item: { inventory_item_id: string; required_quantity: number }) => ({
          inventory_item_id: item.inventory_item_id,
          required_quantity: item.required_quantity * part.quantity,
        })),
    )
    const channel = await getOcopSalesChannel(container)
    return new StepResponse({
      inventory_items: inventoryItems,
      part_product_ids: productIds,
      shipping_profile_id: (byId.get(ids[0])!.product?.shipping_profile?.id as string | undefined) ?? null,
      sales_channel_id: channel.id,
    })
  },
)
