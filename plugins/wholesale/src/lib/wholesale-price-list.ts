import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, PriceListStatus, PriceListType } from "@medusajs/framework/utils"
import { WHOLESALE_PRICE_LIST } from "../constants"
import { verifiedDistributorsGroupId } from "./verified-group"

type Container = Pick<MedusaContainer, "resolve">

/**
 * The wholesale price list: an override list whose rule is the verified distributors customer
 * group, so only their carts and product reads get its (quantity-tiered) prices. Created once.
 */
export async function wholesalePriceListId(container: Container): Promise<string> {
  const pricing = container.resolve(Modules.PRICING)
  const [list] = await pricing.listPriceLists({ title: WHOLESALE_PRICE_LIST } as any, { select: ["id"], take: 1 })
  if (list) return list.id
  const groupId = await verifiedDistributorsGroupId(container)
  const [created] = await pricing.createPriceLists([
    {
      title: WHOLESALE_PRICE_LIST,
      description: "Giá sỉ theo bậc số lượng do người bán đặt; chỉ nhà phân phối đã xác minh thấy.",
      type: PriceListType.OVERRIDE,
      status: PriceListStatus.ACTIVE,
      rules: { "customer.groups.id": [groupId] },
    },
  ])
  return created.id
}
