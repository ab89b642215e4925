/**
 * The wholesale plugin's admin texts in Vietnamese (the admin's language setting picks it): the
 * distributor review page and the order's bank transfer and VAT invoice card.
 */
export const vi = {
  ocop_distributors: {
    menu: "Nhà phân phối",
    title: "Nhà phân phối",
    noun: "nhà phân phối",
    verify: "Xác minh",
    company: "Công ty",
    tax_code: "Mã số thuế",
    delivery: "Nơi giao hàng",
  },
  ocop_order_payment: {
    transfer: "Chuyển khoản VietQR",
    awaiting_transfer: "Chờ chuyển khoản",
    partially_received: "Đã nhận một phần",
    received: "Đã nhận đủ",
    reference: "Nội dung: {{reference}}",
    received_of: "Đã nhận {{received}} / {{amount}}",
    by_seller: "người bán",
    by_operator: "nhà vận hành",
    receipt: "{{amount}} — {{by}} xác nhận lúc {{at}}",
    confirm: "Xác nhận đã nhận đủ tiền",
    confirmed: "Đã xác nhận nhận tiền chuyển khoản",
    failed: "Không lưu được xác nhận. Hãy tải lại trang và thử lại.",
    load_failed: "Không tải được thông tin thanh toán của đơn. Hãy tải lại trang.",
    vat_invoice: "Hóa đơn GTGT",
    tax_code: "Mã số thuế: {{code}}",
  },
}
