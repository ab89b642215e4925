/** The distributor review page of the admin in Vietnamese (the admin's language setting picks it). */
export const vi = {
  ocop_distributors: {
    menu: "Nhà phân phối",
    title: "Nhà phân phối",
    noun: "nhà phân phối",
    verify: "Xác minh",
    company: "Công ty",
    tax_code: "Mã số thuế",
    delivery: "Nơi giao hàng",
  },
}
