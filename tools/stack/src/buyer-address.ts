/** A buyer's address in Hà Nội (shipping and billing), for the tests and drills that order through the store API. */
export const HANOI_ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Hàng Bạc",
  city: "Hà Nội",
  province: "Hà Nội",
  country_code: "vn",
  postal_code: "100000",
  phone: "0912345678",
}
