/**
 * The OCOP plugin's admin pages in Vietnamese (the admin's language setting picks it): the
 * certificates page and the trace digests page, menu entries included.
 */
export const vi = {
  ocop_certificates: {
    menu: "Chứng nhận OCOP",
    title: "Chứng nhận OCOP",
  },
  ocop_trace_digests: {
    menu: "Tóm tắt truy xuất",
    title: "Bản tóm tắt lịch sử truy xuất",
  },
}
