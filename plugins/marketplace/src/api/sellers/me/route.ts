import type { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { SellerRequest } from "../../../lib/current-member"
import { presentMember, presentSeller } from "../../../lib/present"
import type { SellerUpdateType } from "../validators"

/** GET /sellers/me → { seller, member } */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const seller = await service.retrieveSeller(req.member.seller_id)
  res.json({ seller: presentSeller(service, seller), member: presentMember(req.member) })
}

/** POST /sellers/me (owner) { story?, phone?, logo_url?, bank_account? } → { seller } */
export const POST = async (req: SellerRequest<SellerUpdateType>, res: MedusaResponse) => {
  const { bank_account, ...rest } = req.validatedBody
  const service = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const seller = await service.updateSellers({
    id: req.member.seller_id,
    ...rest,
    ...(bank_account
      ? {
          bank_name: bank_account.bank_name,
          bank_account_number: bank_account.account_number,
          bank_account_holder: bank_account.account_holder,
        }
      : {}),
  })
  res.json({ seller: presentSeller(service, seller) })
}
