import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { VERIFIED_DISTRIBUTORS_GROUP } from "../constants"

type Container = Pick<MedusaContainer, "resolve">

/** The "verified distributors" customer group, created the first time it is needed. */
export async function verifiedDistributorsGroupId(container: Container): Promise<string> {
  const customers = container.resolve(Modules.CUSTOMER)
  const [group] = await customers.listCustomerGroups({ name: VERIFIED_DISTRIBUTORS_GROUP }, { select: ["id"], take: 1 })
  if (group) return group.id
  const created = await customers.createCustomerGroups({
    name: VERIFIED_DISTRIBUTORS_GROUP,
    metadata: { wholesale: true },
  })
  return created.id
}
