export * from "./seller"
export * from "./seller-member"
export * from "./seller-invite"
export * from "./seller-order"
