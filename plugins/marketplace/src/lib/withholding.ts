import { PRODUCT_GROUPS } from "@ocop/reference"

/**
 * Tax the marketplace withholds for household and individual sellers: Decree 117/2025/NĐ-CP on tax
 * administration of e-commerce and digital-platform business (in force 1 Jul 2025). Platforms with a
 * payment function withhold, on each sale, by kind of supply:
 *   goods      1 % VAT + 0.5 % PIT
 *   services   5 % VAT + 2 % PIT   (e.g. community tourism, OCOP group 6)
 *   transport  3 % VAT + 1.5 % PIT
 * and the highest rate when the kind of goods or service cannot be told.
 * Rates in basis points (1 % = 100).
 */
export const SUPPLY_KINDS = ["goods", "services", "transport"] as const
export type SupplyKind = (typeof SUPPLY_KINDS)[number]

export const WITHHOLDING_BPS: Record<SupplyKind, { vat: number; pit: number }> = {
  goods: { vat: 100, pit: 50 },
  services: { vat: 500, pit: 200 },
  transport: { vat: 300, pit: 150 },
}

/** The kind whose rates are the highest (VAT + PIT): what applies when the kind cannot be told. */
export const HIGHEST_RATE_KIND: SupplyKind = SUPPLY_KINDS.reduce((highest, kind) =>
  WITHHOLDING_BPS[kind].vat + WITHHOLDING_BPS[kind].pit > WITHHOLDING_BPS[highest].vat + WITHHOLDING_BPS[highest].pit
    ? kind
    : highest,
)

/**
 * What an OCOP product is, from its product group (Decision 148/2023): group 6, community tourism,
 * eco-tourism and tourist attractions, is a service; groups 1–5 are goods. Null when the group is
 * unknown. (No OCOP group is transport.) The seller's say-so does not count.
 */
export function supplyKindOfGroup(group: unknown): SupplyKind | null {
  const known = PRODUCT_GROUPS.find((g) => g.code === Number(group))
  if (group === null || group === undefined || group === "" || !known) return null
  return known.is_service ? "services" : "goods"
}

/** The kind whose withholding rates apply to a sale of a product in `group`: the highest when unknown. */
export function withholdingKind(group: unknown): SupplyKind {
  return supplyKindOfGroup(group) ?? HIGHEST_RATE_KIND
}
