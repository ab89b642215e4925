import { MedusaService } from "@medusajs/framework/utils"
import { DEFAULT_COMMISSION_BPS } from "../../constants"
import { Seller, SellerDocument, SellerInvite, SellerMember, SellerOrder } from "./models"

export interface MarketplaceOptions {
  /** Commission in percent for sellers without their own rate (plugin options). */
  default_commission_rate?: number
}

/** The seller module: sellers, their members, invitations, order parts and registration documents (generated CRUD; processes in src/workflows). */
class SellerModuleService extends MedusaService({ Seller, SellerMember, SellerInvite, SellerOrder, SellerDocument }) {
  protected readonly defaultCommissionBps: number

  constructor(container: Record<string, unknown>, options: MarketplaceOptions = {}) {
    // MedusaService takes every constructor argument (the module declaration too), as Medusa's own modules pass them
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const rate = options.default_commission_rate
    this.defaultCommissionBps =
      typeof rate === "number" && rate >= 0 && rate <= 100 ? Math.round(rate * 100) : DEFAULT_COMMISSION_BPS
  }

  /** The commission a seller pays, in basis points: its own rate or the default. */
  commissionBps(seller: { commission_rate_bps?: number | null }): number {
    return seller.commission_rate_bps ?? this.defaultCommissionBps
  }
}

export default SellerModuleService
