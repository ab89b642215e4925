export * from "./distributor-company"
export * from "./distributor-member"
export * from "./order-approval"
