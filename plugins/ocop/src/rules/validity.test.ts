import { describe, it, expect } from "vitest"
import { dueReminder, expiresAt, isValidAt, standingAt, statusAt, validUntil, validUntilFromExpiry } from "./validity"
import { addMonths, parseVnDate, vnDateOf, vnDateStart } from "./vn-date"

describe("calendar dates in Asia/Ho_Chi_Minh", () => {
  it("reads dates and instants as days in Vietnam", () => {
    expect(parseVnDate("2025-07-01")).toBe("2025-07-01")
    expect(parseVnDate("2025-06-30T17:00:00Z")).toBe("2025-07-01")
    expect(parseVnDate("2025-06-30T16:59:59.999Z")).toBe("2025-06-30")
    expect(parseVnDate("2025-07-01T00:30:00+07:00")).toBe("2025-07-01")
    expect(parseVnDate("2025-07-01T08:00:00")).toBe("2025-07-01")
    expect(parseVnDate(new Date("2024-12-31T17:00:00Z"))).toBe("2025-01-01")
  })

  it("refuses dates that do not exist", () => {
    for (const bad of ["2025-02-29", "2025-13-01", "2025-04-31", "01/07/2025", "", "2025-7-1", 20250701]) {
      expect(parseVnDate(bad)).toBeNull()
    }
    expect(parseVnDate("2024-02-29")).toBe("2024-02-29")
  })

  it("starts a day at 00:00 +07:00", () => {
    expect(vnDateStart("2025-07-01").toISOString()).toBe("2025-06-30T17:00:00.000Z")
    expect(vnDateOf(new Date("2025-06-30T17:00:00.000Z"))).toBe("2025-07-01")
  })

  it("adds months and clamps to the month's last day", () => {
    expect(addMonths("2024-02-29", 36)).toBe("2027-02-28")
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29")
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28")
    expect(addMonths("2022-12-31", 36)).toBe("2025-12-31")
    expect(addMonths("2025-10-31", 1)).toBe("2025-11-30")
  })
})

describe("validity: 36 months from the decision date", () => {
  it("is valid through the corresponding day 36 months later, until its end in Vietnam", () => {
    expect(validUntil("2025-07-15")).toBe("2028-07-15")
    const expiry = expiresAt("2025-07-15")
    expect(expiry.toISOString()).toBe("2028-07-15T17:00:00.000Z") // 16/07/2028 00:00 +07:00
    expect(validUntilFromExpiry(expiry)).toBe("2028-07-15")
    const certificate = { status: "valid", expires_at: expiry }
    expect(isValidAt(certificate, new Date("2028-07-15T16:59:59.999Z"))).toBe(true)
    expect(isValidAt(certificate, new Date("2028-07-15T17:00:00.000Z"))).toBe(false)
    expect(statusAt(certificate, new Date("2028-07-15T17:00:00.000Z"))).toBe("expired")
  })

  it("handles a decision on 29 February: valid through 28 February three years later", () => {
    expect(validUntil("2024-02-29")).toBe("2027-02-28")
    expect(expiresAt("2024-02-29").toISOString()).toBe("2027-02-28T17:00:00.000Z")
  })

  it("handles a decision on the 31st and at the turn of the year", () => {
    expect(validUntil("2022-12-31")).toBe("2025-12-31")
    expect(expiresAt("2022-12-31").toISOString()).toBe("2025-12-31T17:00:00.000Z")
    expect(validUntil("2023-08-31")).toBe("2026-08-31")
  })

  it("keeps revoked and superseded certificates as they are", () => {
    const future = new Date("2030-01-01T00:00:00Z")
    expect(statusAt({ status: "revoked", expires_at: future }, new Date("2026-01-01"))).toBe("revoked")
    expect(statusAt({ status: "superseded", expires_at: future }, new Date("2026-01-01"))).toBe("superseded")
  })
})

describe("expiry reminders", () => {
  const expires_at = new Date("2026-12-01T17:00:00.000Z")
  const days = (n: number) => new Date(expires_at.getTime() - n * 24 * 3600 * 1000)

  it("sends nothing more than 30 days before", () => {
    expect(dueReminder({ status: "valid", expires_at }, days(30.01))).toEqual({ send: null, mark: [] })
  })

  it("sends the 30-day reminder at 30 days, once", () => {
    expect(dueReminder({ status: "valid", expires_at }, days(30))).toEqual({ send: 30, mark: [30] })
    expect(dueReminder({ status: "valid", expires_at, reminder_30_sent_at: days(30) }, days(20))).toEqual({
      send: null,
      mark: [],
    })
  })

  it("sends the 7-day reminder at 7 days, once", () => {
    const sent30 = { status: "valid", expires_at, reminder_30_sent_at: days(30) }
    expect(dueReminder(sent30, days(7))).toEqual({ send: 7, mark: [7] })
    expect(dueReminder({ ...sent30, reminder_7_sent_at: days(7) }, days(1))).toEqual({ send: null, mark: [] })
  })

  it("sends only the 7-day reminder to a certificate first seen within 7 days", () => {
    expect(dueReminder({ status: "valid", expires_at }, days(5))).toEqual({ send: 7, mark: [30, 7] })
  })

  it("sends nothing to an expired or revoked certificate", () => {
    expect(dueReminder({ status: "valid", expires_at }, days(0))).toEqual({ send: null, mark: [] })
    expect(dueReminder({ status: "revoked", expires_at }, days(5))).toEqual({ send: null, mark: [] })
  })
})

describe("standing: what a surface may show of a certificate now", () => {
  const expires_at = expiresAt("2025-07-15") // valid through 15/07/2028
  it("is valid until the last instant of its valid_until day, then expired from the next day", () => {
    expect(standingAt({ status: "valid", expires_at }, new Date("2028-07-15T16:59:59.999Z"))).toEqual({
      status: "valid",
      valid: true,
      valid_until: "2028-07-15",
      ended_on: null,
      reason: null,
    })
    expect(standingAt({ status: "valid", expires_at }, new Date("2028-07-15T17:00:00.000Z"))).toEqual({
      status: "expired",
      valid: false,
      valid_until: "2028-07-15",
      ended_on: "2028-07-16",
      reason: null,
    })
  })
  it("is revoked from the day of the revocation (in Vietnam), with its reason, even before its expiry", () => {
    const revoked = {
      status: "revoked",
      expires_at,
      revoked_at: "2026-03-09T18:30:00Z",
      revocation_reason: "Kiểm tra chất lượng không đạt",
    }
    expect(standingAt(revoked, new Date("2026-04-01T00:00:00Z"))).toEqual({
      status: "revoked",
      valid: false,
      valid_until: "2028-07-15",
      ended_on: "2026-03-10",
      reason: "Kiểm tra chất lượng không đạt",
    })
  })
  it("gives no reason for a certificate that simply expired", () => {
    expect(
      standingAt({ status: "expired", expires_at, revocation_reason: "stale" }, new Date("2029-01-01T00:00:00Z"))
        .reason,
    ).toBeNull()
  })
})
