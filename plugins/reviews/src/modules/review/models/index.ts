export * from "./review"
export * from "./rating-summary"
