export * from "./notify/workflows/notify"
