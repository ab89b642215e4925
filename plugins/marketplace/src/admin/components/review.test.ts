import { describe, expect, it } from "vitest"
import { en } from "../i18n/en"
import { vi } from "../i18n/vi"
import { reviewActions, reviewFilters, reviewQuery, statusColor, statusKey } from "./review"

describe("registration review list", () => {
  it("filters by pending, the accepted status, rejected and all", () => {
    expect(reviewFilters("verified")).toEqual(["pending", "verified", "rejected", "all"])
    expect(reviewQuery("pending")).toBe("limit=100&status=pending")
    expect(reviewQuery("all")).toBe("limit=100")
  })

  it("offers accept for pending and rejected rows, reject only for pending rows", () => {
    const row = (status: string) => ({ id: "x", status, rejection_reason: null })
    expect(reviewActions(row("pending"), "approved")).toEqual({ accept: true, reject: true })
    expect(reviewActions(row("rejected"), "approved")).toEqual({ accept: true, reject: false })
    expect(reviewActions(row("approved"), "approved")).toEqual({ accept: false, reject: false })
  })

  it("colours statuses the same way on both review pages", () => {
    expect(statusColor("pending", "verified")).toBe("orange")
    expect(statusColor("verified", "verified")).toBe("green")
    expect(statusColor("rejected", "approved")).toBe("red")
  })

  it("names every status and filter in Vietnamese and in English", () => {
    const statuses = ["pending", "approved", "verified", "rejected", "all"]
    const label = (messages: any) => (status: string) =>
      statusKey(status)
        .split(".")
        .reduce((node, key) => node?.[key], messages)
    expect(statuses.map(label(vi))).toEqual(["Chờ duyệt", "Đã duyệt", "Đã xác minh", "Đã từ chối", "Tất cả"])
    expect(statuses.map(label(en))).toEqual(["Pending", "Approved", "Verified", "Rejected", "All"])
  })
})
