import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { RETURN_REASONS, type ReturnReason } from "../../modules/seller/models"

type Container = Pick<MedusaContainer, "resolve">

/** Who pays for sending returned goods back. */
export type ReturnShippingPayer = "seller" | "buyer"

/**
 * Reasons that are the seller's fault: the goods arrived damaged, wrong, short, not as described,
 * expired or defective. The seller then pays the return shipping (charged in its payout) and the
 * buyer gets back everything paid for the lines. Any other reason (a change of mind, "other") is the
 * buyer's: the return shipping is deducted from the refund. This is the platform's published rule,
 * as on the Vietnamese marketplaces where OCOP products sell; the buyer reads it before asking.
 */
export const SELLER_FAULT_REASONS: readonly ReturnReason[] = RETURN_REASONS.filter((reason) => reason !== "other")

export function returnShippingPayer(reason: ReturnReason): ReturnShippingPayer {
  return SELLER_FAULT_REASONS.includes(reason) ? "seller" : "buyer"
}

export interface ReturnSettlement {
  paid_by: ReturnShippingPayer
  /** Whole VND the return shipping costs (Medusa's return shipping option). */
  shipping: number
  /** What the buyer gets back: the lines' value, less the shipping when the buyer pays it (never below 0). */
  refund: number
  /** What the seller's payout is charged for the shipping (when the seller pays it). */
  seller_shipping: number
}

/** The money of a return, integer VND: what the buyer gets back and what the seller is charged. */
export function returnSettlement(input: { goods: number; shipping: number; reason: ReturnReason }): ReturnSettlement {
  const paid_by = returnShippingPayer(input.reason)
  const shipping = Math.max(0, Math.round(input.shipping))
  const buyerShare = paid_by === "buyer" ? Math.min(shipping, input.goods) : 0
  return {
    paid_by,
    shipping,
    refund: input.goods - buyerShare,
    seller_shipping: paid_by === "seller" ? shipping : 0,
  }
}

/**
 * Medusa's return shipping option for returns in Vietnam (a shipping option whose `is_return` rule is
 * true, with a flat VND price): what sending goods back costs. Null when the store has none (returns
 * then carry no shipping cost).
 */
export async function returnShippingOption(container: Container): Promise<{ id: string; amount: number } | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: [
      "id",
      "price_type",
      "created_at",
      "rules.attribute",
      "rules.value",
      "prices.amount",
      "prices.currency_code",
    ],
  })
  const options = (data as any[])
    .filter(
      (option) =>
        option.price_type === "flat" &&
        (option.rules ?? []).some((rule: any) => rule.attribute === "is_return" && String(rule.value) === "true"),
    )
    .map((option) => ({
      id: option.id as string,
      created_at: option.created_at,
      price: (option.prices ?? []).find((price: any) => price.currency_code === "vnd"),
    }))
    .filter((option) => option.price)
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const [option] = options
  return option ? { id: option.id, amount: MathBN.convert(option.price.amount).toNumber() } : null
}
