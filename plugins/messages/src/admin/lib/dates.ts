/** A time as the operators read it: Vietnam time, Vietnamese format. */
export const when = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Ho_Chi_Minh",
})

export const REPORTED_BY: Record<string, string> = { customer: "Người mua", seller: "Người bán" }
export const AUTHOR: Record<string, string> = { customer: "Người mua", seller: "Người bán", admin: "Ban quản lý" }
