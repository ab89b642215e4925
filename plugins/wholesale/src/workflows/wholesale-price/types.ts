import type { Tier } from "../../lib/wholesale-terms"

export interface SetWholesalePricesInput {
  product_id: string
  /** Minimum units per line for distributors. */
  moq: number
  /** Each variant's tiers replace its previous ones; a variant left out keeps none (retail price only). */
  variants: { variant_id: string; tiers: Tier[] }[]
}
