import { describe, expect, it } from "vitest"
import { renderEmail } from "./render-email"

describe("an e-mail from a notification", () => {
  it("reads in Vietnamese first, English below", () => {
    const { subject, text } = renderEmail("seller_order.shipped", { number: "1024-2" })
    expect(subject).toBe("Đơn hàng 1024-2 đã được gửi đi — Order 1024-2 has shipped")
    expect(text.indexOf("Đơn hàng 1024-2 đã được gửi đi")).toBeLessThan(text.indexOf("Order 1024-2 has shipped"))
  })
})
