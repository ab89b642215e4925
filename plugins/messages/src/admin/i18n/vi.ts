/**
 * The messages plugin's admin page in Vietnamese (the admin's language setting picks it): the
 * reported conversations, menu entries included.
 */
export const vi = {
  ocop_message_reports: {
    menu: "Tin nhắn bị báo cáo",
    title: "Tin nhắn bị báo cáo",
  },
}
