/**
 * The search plugin's admin page in Vietnamese (the admin's language setting picks it): product
 * search and its index, menu entries included.
 */
export const vi = {
  ocop_search: {
    menu: "Tìm kiếm sản phẩm",
    title: "Tìm kiếm sản phẩm",
    subtitle: "Chỉ mục tìm kiếm của sàn (Search Module của Medusa)",
    rebuild: "Xây dựng lại chỉ mục",
    rebuilding: "Đang xây dựng lại chỉ mục tìm kiếm",
    rebuild_failed: "Chưa bắt đầu xây dựng lại được chỉ mục. Hãy thử lại sau ít phút.",
    status_failed: "Chưa đọc được trạng thái của chỉ mục. Hãy tải lại trang.",
    engine: "Công cụ",
    state: "Trạng thái",
    states: { pending: "Đang chờ", building: "Đang xây dựng", ready: "Sẵn sàng", error: "Gặp lỗi" },
    sync: { pending: "đang chờ", processing: "đang chạy", done: "xong", failed: "thất bại", canceled: "đã hủy" },
    documents: "Tài liệu trong chỉ mục",
    of_products: "{{documents}} / {{products}} sản phẩm",
    on_sale: "Đang bán như OCOP",
    last_sync: "Lần đồng bộ gần nhất",
    error: "Lỗi",
    progress: "Đang xây dựng lại: {{synced}} / {{total}} sản phẩm ({{percent}}%)",
    progress_label: "Tiến độ xây dựng lại chỉ mục",
  },
}
