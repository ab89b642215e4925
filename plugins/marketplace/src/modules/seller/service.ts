import { MedusaService } from "@medusajs/framework/utils"
import { DEFAULT_COMMISSION_BPS, DEFAULT_RETURN_WINDOW_DAYS } from "../../constants"
import { Seller, SellerDocument, SellerInvite, SellerMember, SellerOrder, SellerReturn } from "./models"

export interface MarketplaceOptions {
  /** Commission in percent for sellers without their own rate (plugin options). */
  default_commission_rate?: number
  /** Days after delivery in which a buyer may ask for a return (see DEFAULT_RETURN_WINDOW_DAYS). */
  return_window_days?: number
}

/** The seller module: sellers, their members, invitations, order parts and registration documents (generated CRUD; processes in src/workflows). */
class SellerModuleService extends MedusaService({
  Seller,
  SellerMember,
  SellerInvite,
  SellerOrder,
  SellerDocument,
  SellerReturn,
}) {
  protected readonly defaultCommissionBps: number
  readonly returnWindowDays: number

  constructor(container: Record<string, unknown>, options: MarketplaceOptions = {}) {
    // MedusaService takes every constructor argument (the module declaration too), as Medusa's own modules pass them
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const rate = options.default_commission_rate
    this.defaultCommissionBps =
      typeof rate === "number" && rate >= 0 && rate <= 100 ? Math.round(rate * 100) : DEFAULT_COMMISSION_BPS
    const days = options.return_window_days
    this.returnWindowDays =
      typeof days === "number" && Number.isInteger(days) && days >= 0 && days <= 365 ? days : DEFAULT_RETURN_WINDOW_DAYS
  }

  /** The commission a seller pays, in basis points: its own rate or the default. */
  commissionBps(seller: { commission_rate_bps?: number | null }): number {
    return seller.commission_rate_bps ?? this.defaultCommissionBps
  }

  /** The end of the return window of a part delivered at `deliveredAt`. */
  returnWindowEnd(deliveredAt: Date | string): Date {
    return new Date(new Date(deliveredAt).getTime() + this.returnWindowDays * 24 * 3600 * 1000)
  }
}

export default SellerModuleService
