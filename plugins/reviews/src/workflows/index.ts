export * from "./reviews/workflows/create-review"
export * from "./reviews/workflows/update-own-review"
export * from "./reviews/workflows/reply-to-review"
export * from "./reviews/workflows/moderate-review"
