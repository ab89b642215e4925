/**
 * The reviews plugin's admin page in Vietnamese (the admin's language setting picks it): the
 * moderation of product reviews, menu entries included.
 */
export const vi = {
  ocop_product_reviews: {
    menu: "Đánh giá",
    title: "Đánh giá sản phẩm",
  },
}
