/**
 * Reviews from verified buyers: the product page's section, the buyer's review form on the order
 * page, the producer's replies in the seller portal and the rating sort. Spread into ./vi.ts and ./en.ts.
 */
export const reviewsVi = {
  "reviews.title": "Đánh giá của người mua",
  "reviews.average": "{average}/5 · {count} đánh giá",
  "reviews.histogram": "Số đánh giá theo số sao",
  "reviews.stars": "{stars} sao",
  "reviews.none": "Chưa có đánh giá. Người mua đã nhận hàng có thể đánh giá từ trang đơn hàng.",
  "reviews.verified": "Đã mua hàng",
  "reviews.verified_buyer": "Người mua đã xác minh",
  "reviews.photo_alt": "Ảnh người mua chụp sản phẩm",
  "reviews.reply_from_producer": "Phản hồi của nhà sản xuất",
  "sort.rating": "Đánh giá cao nhất",

  "reviews.write": "Viết đánh giá",
  "reviews.write_for": "Đánh giá {product}",
  "reviews.rating": "Số sao",
  "reviews.review_title": "Tiêu đề (không bắt buộc)",
  "reviews.text": "Nhận xét (không bắt buộc)",
  "reviews.photos": "Ảnh (không bắt buộc, tối đa 4 ảnh JPEG, PNG, WebP)",
  "reviews.submit": "Gửi đánh giá",
  "reviews.sent": "Cảm ơn bạn! Đánh giá đã được đăng trên trang sản phẩm.",
  "reviews.yours": "Bạn đã đánh giá {stars} sao.",
  "reviews.hidden": "Đánh giá của bạn đã bị ẩn. Lý do: {reason}",
  "reviews.error.rating": "Chọn từ 1 đến 5 sao.",
  "reviews.error.line": "Sản phẩm này chưa thể đánh giá: hãy đánh giá sau khi đã nhận hàng, mỗi sản phẩm một lần.",
  "reviews.error.replied": "Bạn đã phản hồi đánh giá này; mỗi đánh giá chỉ được phản hồi một lần.",
  "refusal.image":
    "Có ảnh không đọc được hoặc sai định dạng. Hãy chọn ảnh JPEG, PNG hoặc WebP, mỗi cạnh từ 64 đến 8000 điểm ảnh, tối đa 10 MB.",

  "seller.reviews": "Đánh giá",
  "seller.reviews.intro": "Đánh giá của người mua đã nhận hàng. Bạn được phản hồi công khai một lần cho mỗi đánh giá.",
  "seller.reviews.none": "Sản phẩm của bạn chưa có đánh giá.",
  "seller.reviews.reply": "Phản hồi công khai",
  "seller.reviews.send_reply": "Gửi phản hồi",
  "seller.reviews.replied": "Đã gửi phản hồi.",
  "seller.reviews.hidden": "Quản trị viên đã ẩn đánh giá này.",
} as const satisfies Record<string, string>

export const reviewsEn: Record<keyof typeof reviewsVi, string> = {
  "reviews.title": "Reviews from buyers",
  "reviews.average": "{average}/5 · {count, plural, one {# review} other {# reviews}}",
  "reviews.histogram": "Reviews by number of stars",
  "reviews.stars": "{stars} stars",
  "reviews.none": "No reviews yet. Buyers who received the product can review it from their order page.",
  "reviews.verified": "Verified purchase",
  "reviews.verified_buyer": "Verified buyer",
  "reviews.photo_alt": "A buyer's photo of the product",
  "reviews.reply_from_producer": "The producer's reply",
  "sort.rating": "Best rated",

  "reviews.write": "Write a review",
  "reviews.write_for": "Review {product}",
  "reviews.rating": "Stars",
  "reviews.review_title": "Title (optional)",
  "reviews.text": "Your review (optional)",
  "reviews.photos": "Photos (optional, up to 4 JPEG, PNG or WebP images)",
  "reviews.submit": "Post review",
  "reviews.sent": "Thank you! Your review is on the product's page.",
  "reviews.yours": "You rated it {stars} stars.",
  "reviews.hidden": "Your review was hidden. Reason: {reason}",
  "reviews.error.rating": "Choose from 1 to 5 stars.",
  "reviews.error.line": "This item cannot be reviewed yet: review it once you have received it, once per item.",
  "reviews.error.replied": "You have already replied to this review; each review gets one reply.",
  "refusal.image":
    "A photo could not be read or is not an accepted format. Choose JPEG, PNG or WebP images, 64 to 8000 pixels a side, at most 10 MB each.",

  "seller.reviews": "Reviews",
  "seller.reviews.intro": "Reviews from buyers who received your products. You may reply publicly once to each.",
  "seller.reviews.none": "Your products have no reviews yet.",
  "seller.reviews.reply": "Public reply",
  "seller.reviews.send_reply": "Send reply",
  "seller.reviews.replied": "Your reply was posted.",
  "seller.reviews.hidden": "An administrator hid this review.",
}
