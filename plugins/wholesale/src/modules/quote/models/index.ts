export * from "./quote"
export * from "./quote-message"
