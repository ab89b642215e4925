/**
 * The messages plugin's admin pages in Vietnamese (the admin's language setting picks it): the
 * reported conversations and one conversation, menu entries included.
 */
export const vi = {
  ocop_message_reports: {
    menu: "Tin nhắn bị báo cáo",
    title: "Tin nhắn bị báo cáo",
    intro:
      "Cuộc trò chuyện giữa người mua và hợp tác xã mà một bên đã báo cáo. Ban quản lý chỉ đọc được các cuộc trò chuyện này.",
    reported_at: "Báo cáo lúc",
    subject: "Chủ đề",
    seller: "Hợp tác xã",
    buyer: "Người mua",
    reporter: "Người báo cáo",
    reason: "Lý do",
    order: "Đơn {{number}}",
    loading: "Đang tải…",
    empty: "Chưa có cuộc trò chuyện nào bị báo cáo.",
    back: "← Tin nhắn bị báo cáo",
    reported: "{{who}} báo cáo lúc {{at}}: “{{reason}}”",
    not_found: "Không tìm thấy cuộc trò chuyện bị báo cáo này.",
    masked: "đã ẩn số điện thoại/e-mail",
    role: {
      customer: "Người mua",
      seller: "Người bán",
      admin: "Ban quản lý",
    },
  },
}
