/**
 * The promotion plugin's admin pages in Vietnamese (the admin's language setting picks it): the
 * programme report, campaigns, events, gift boxes and community tourism, menu entries included.
 */
export const vi = {
  ocop_programme: {
    menu: "Chương trình OCOP",
    title: "Chương trình OCOP",
  },
  ocop_campaigns: {
    menu: "Chiến dịch OCOP",
    title: "Chiến dịch xúc tiến OCOP",
  },
  ocop_events: {
    menu: "Sự kiện OCOP",
    title: "Hội chợ, triển lãm và livestream",
  },
  ocop_gift_boxes: {
    menu: "Hộp quà OCOP",
    title: "Hộp quà OCOP",
  },
  ocop_tourism: {
    menu: "Du lịch cộng đồng",
    title: "Du lịch cộng đồng: lịch và chỗ trống",
  },
}
