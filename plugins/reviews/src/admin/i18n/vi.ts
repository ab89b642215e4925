/**
 * The reviews plugin's admin page in Vietnamese (the admin's language setting picks it): the
 * moderation of product reviews, menu entries included.
 */
export const vi = {
  ocop_product_reviews: {
    menu: "Đánh giá",
    title: "Đánh giá sản phẩm",
    intro:
      "Đánh giá của người mua đã nhận hàng. Đánh giá bị ẩn không hiện trên trang sản phẩm và không tính vào điểm trung bình; người viết được báo lý do.",
    filter: {
      label: "Lọc theo trạng thái",
      all: "Tất cả",
      visible: "Đang hiển thị",
      hidden: "Đã ẩn",
    },
    product: "Sản phẩm",
    stars: "Số sao",
    content: "Nội dung",
    author: "Người viết",
    date: "Ngày",
    status: "Trạng thái",
    actions: "Thao tác",
    reply: "Phản hồi: {{text}}",
    verified_buyer: "Người mua đã xác minh",
    visible: "Hiển thị",
    hidden: "Đã ẩn",
    hide: "Ẩn",
    unhide: "Hiện lại",
    reason: "Lý do ẩn",
    reason_placeholder: "Lý do ẩn (gửi cho người viết)",
    hidden_done: "Đã ẩn đánh giá",
    unhidden_done: "Đã hiện lại đánh giá",
    failed: "Không lưu được. Hãy tải lại trang và thử lại.",
    loading: "Đang tải…",
    empty: "Chưa có đánh giá nào.",
    previous: "Trang trước",
    next: "Trang sau",
  },
}
