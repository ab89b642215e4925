export * from "./message-thread"
export * from "./message"
