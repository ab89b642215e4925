import { describe, expect, it } from "vitest"
import { emailByDefault, notificationKindsFor, notificationText } from "./notifications"

describe("notification kinds", () => {
  it("reads each kind in Vietnamese and in English", () => {
    expect(notificationText("seller_order.created", { number: "1001-1" }, "vi")).toBe("Đơn hàng mới 1001-1")
    expect(notificationText("seller_order.created", { number: "1001-1" }, "en")).toBe("New order 1001-1")
    expect(notificationText("return.decided", { number: "7-1", decision: "refused" }, "vi")).toBe(
      "Yêu cầu trả hàng đơn 7-1 bị từ chối",
    )
    expect(notificationText("approval.requested", { amount: 12500000, requested_by: "lan@x.vn" }, "en")).toBe(
      "An order of 12.500.000 ₫ by lan@x.vn awaits your approval",
    )
  })

  it("lists each audience's kinds, transactional e-mails on by default and follows off", () => {
    expect(notificationKindsFor("seller")).toContain("seller_order.created")
    expect(notificationKindsFor("seller")).not.toContain("seller_order.shipped")
    expect(notificationKindsFor("admin")).toEqual([
      "return.escalated",
      "message.created",
      "seller.registered",
      "distributor_company.registered",
    ])
    expect(emailByDefault("seller_order.shipped")).toBe(true)
    expect(emailByDefault("ocop.product_published")).toBe(false)
  })

  it("reads an unknown kind as its title", () => {
    expect(notificationText("something.old", { title: "Xin chào" }, "en")).toBe("Xin chào")
  })
})
