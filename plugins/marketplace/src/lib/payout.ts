/**
 * The payout ledger line of one seller's part of one order, in integer VND.
 *
 * Rounding rule: each deduction (commission, withheld VAT, withheld PIT) is rounded half up to the
 * whole dong on its own; net is what remains. So refunds + commission + VAT + PIT + return shipping
 * + net = gross, for every line and therefore for every statement total.
 *
 * Refunds are the value of goods returned (they leave the seller's sales and its commission base);
 * return shipping is what the seller pays for goods sent back through its fault (see
 * returns/return-shipping), taken from what remains after commission and withholding.
 *
 * Withholding (Decree 117/2025, rates in ./withholding): for household businesses, on what the buyer
 * finally paid (gross less refunds), at the goods rates on goods and the services rates on services
 * (which include sales whose kind cannot be told: the highest rate).
 */
import { WITHHOLDING_BPS } from "./withholding"

export interface PayoutInput {
  gross: number
  goods_gross: number
  services_gross: number
  refunds: number
  /** Return shipping the seller pays (whole VND; none when absent). */
  return_shipping?: number
  commission_rate_bps: number
  household: boolean
}

export interface PayoutLine {
  gross: number
  refunds: number
  commission: number
  withholding_vat: number
  withholding_pit: number
  return_shipping: number
  net: number
}

/** a × bps / 10 000 rounded half up, in integers only (no floating point). */
export function applyBps(amount: number, bps: number): number {
  return Math.floor((amount * bps + 5000) / 10000)
}

export function payoutLine(input: PayoutInput): PayoutLine {
  const gross = input.gross
  const refunds = Math.min(Math.max(input.refunds, 0), gross)
  const base = gross - refunds
  // Refunds reduce goods and services in proportion; services take the remainder.
  const goodsBase = gross === 0 ? 0 : Math.floor((input.goods_gross * base) / gross)
  const servicesBase = base - goodsBase
  const commission = applyBps(base, input.commission_rate_bps)
  const vat = input.household
    ? applyBps(goodsBase, WITHHOLDING_BPS.goods.vat) + applyBps(servicesBase, WITHHOLDING_BPS.services.vat)
    : 0
  const pit = input.household
    ? applyBps(goodsBase, WITHHOLDING_BPS.goods.pit) + applyBps(servicesBase, WITHHOLDING_BPS.services.pit)
    : 0
  const returnShipping = Math.max(Number(input.return_shipping ?? 0), 0)
  return {
    gross,
    refunds,
    commission,
    withholding_vat: vat,
    withholding_pit: pit,
    return_shipping: returnShipping,
    net: base - commission - vat - pit - returnShipping,
  }
}

export function sumLines(lines: PayoutLine[]): PayoutLine {
  const total: PayoutLine = {
    gross: 0,
    refunds: 0,
    commission: 0,
    withholding_vat: 0,
    withholding_pit: 0,
    return_shipping: 0,
    net: 0,
  }
  for (const line of lines) for (const key of Object.keys(total) as (keyof PayoutLine)[]) total[key] += line[key]
  return total
}

const VN_OFFSET_MS = 7 * 3600 * 1000

/** The instants bounding a calendar month in Asia/Ho_Chi_Minh (UTC+7, no daylight saving): [from, to). */
export function vnMonthRange(period: string): { from: Date; to: Date } {
  const [year, month] = period.split("-").map(Number)
  return {
    from: new Date(Date.UTC(year, month - 1, 1) - VN_OFFSET_MS),
    to: new Date(Date.UTC(year, month, 1) - VN_OFFSET_MS),
  }
}
