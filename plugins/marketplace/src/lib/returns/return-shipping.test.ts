import { describe, expect, it } from "vitest"
import { RETURN_REASONS } from "../../modules/seller/models"
import { returnSettlement, returnShippingPayer, SELLER_FAULT_REASONS } from "./return-shipping"

describe("who pays a return's shipping", () => {
  it("the seller when the goods were at fault, the buyer otherwise", () => {
    expect(RETURN_REASONS.filter((reason) => returnShippingPayer(reason) === "buyer")).toEqual(["other"])
    for (const reason of SELLER_FAULT_REASONS) expect(returnShippingPayer(reason)).toBe("seller")
  })

  it("refunds the whole lines when the seller pays, and charges the seller the shipping", () => {
    expect(returnSettlement({ goods: 85000, shipping: 30000, reason: "damaged" })).toEqual({
      paid_by: "seller",
      shipping: 30000,
      refund: 85000,
      seller_shipping: 30000,
    })
  })

  it("deducts the shipping from the buyer's refund when the buyer pays, never below nothing", () => {
    expect(returnSettlement({ goods: 85000, shipping: 30000, reason: "other" })).toEqual({
      paid_by: "buyer",
      shipping: 30000,
      refund: 55000,
      seller_shipping: 0,
    })
    expect(returnSettlement({ goods: 20000, shipping: 30000, reason: "other" }).refund).toBe(0)
  })

  it("costs nothing when the store has no return shipping", () => {
    expect(returnSettlement({ goods: 85000, shipping: 0, reason: "other" })).toMatchObject({ refund: 85000 })
  })
})
