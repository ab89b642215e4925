/**
 * The marketplace's admin pages in Vietnamese (the admin's language setting picks it): the review
 * list shared by the seller and distributor pages, the sellers page, the returns page, and the
 * buyer's name in Vietnamese order on the customer and order pages.
 */
export const vi = {
  ocop_review: {
    status: {
      pending: "Chờ duyệt",
      approved: "Đã duyệt",
      verified: "Đã xác minh",
      rejected: "Đã từ chối",
      all: "Tất cả",
    },
    status_header: "Trạng thái",
    review_header: "Xét duyệt",
    reject: "Từ chối",
    reject_reason: "Lý do từ chối",
    reason_required: "Hãy ghi lý do từ chối để người đăng ký biết cần sửa gì.",
    reviewed: "{{name}}: {{status}}",
    failed: "Không lưu được quyết định. Hãy tải lại trang và thử lại.",
    load_failed: "Không tải được danh sách. Hãy tải lại trang.",
    empty: "Không có {{noun}} nào.",
    empty_status: "Không có {{noun}} nào {{status}}.",
  },
  ocop_sellers: {
    menu: "Người bán",
    title: "Người bán",
    noun: "người bán",
    approve: "Duyệt",
    seller: "Người bán",
    tax_code: "Mã số thuế",
    province: "Tỉnh/thành",
    commission: "Hoa hồng",
    documents: "Hồ sơ",
    documents_show: "Xem hồ sơ",
    documents_none: "Không có",
    type: {
      enterprise: "Doanh nghiệp",
      cooperative: "Hợp tác xã",
      cooperative_group: "Tổ hợp tác",
      household_business: "Hộ kinh doanh",
    },
  },
  ocop_returns: {
    menu: "Trả hàng",
    title: "Trả hàng",
  },
  ocop_names: {
    title: "Họ và tên theo cách viết Việt Nam",
    customer: "Khách hàng",
    shipping: "Người nhận",
    billing: "Người mua trên hóa đơn",
    note: "Các trang của Medusa ghi tên trước, họ sau; người Việt viết họ trước, tên sau.",
  },
}
