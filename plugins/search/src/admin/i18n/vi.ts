/**
 * The search plugin's admin page in Vietnamese (the admin's language setting picks it): product
 * search and its index, menu entries included.
 */
export const vi = {
  ocop_search: {
    menu: "Tìm kiếm sản phẩm",
    title: "Tìm kiếm sản phẩm",
  },
}
