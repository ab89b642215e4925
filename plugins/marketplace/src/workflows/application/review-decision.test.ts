import { describe, expect, it } from "vitest"
import { reviewDecision } from "./review-decision"
import type { StatusRecord } from "./types"

const RECORD: StatusRecord = { module: "seller", model: "Seller", models: "Sellers", noun: "seller" }
const NOW = new Date("2026-12-08T01:00:00+07:00")

describe("an operator's decision on an application", () => {
  it("approves a pending or an earlier rejected record, and clears the old reason", () => {
    const review = reviewDecision(RECORD, { id: "sel_1", decision: "approved", reason: "ignored" }, "approved", NOW)
    expect(review.check).toEqual({
      record: RECORD,
      id: "sel_1",
      allowed: ["pending", "rejected"],
      action: "be approved",
    })
    expect(review.update).toEqual({
      record: RECORD,
      id: "sel_1",
      data: { status: "approved", rejection_reason: null, reviewed_at: NOW },
    })
  })

  it("rejects only a pending record, keeping the reason", () => {
    const review = reviewDecision(
      RECORD,
      { id: "co_1", decision: "rejected", reason: "Mã số thuế sai" },
      "verified",
      NOW,
    )
    expect(review.check.allowed).toEqual(["pending"])
    expect(review.check.action).toBe("be rejected")
    expect(review.update.data).toEqual({ status: "rejected", rejection_reason: "Mã số thuế sai", reviewed_at: NOW })
  })

  it("approves under the record's own word for it", () => {
    const review = reviewDecision(RECORD, { id: "co_1", decision: "verified" }, "verified", NOW)
    expect(review.check.allowed).toEqual(["pending", "rejected"])
    expect(review.update.data.status).toBe("verified")
  })
})
