export { startEmbeddedPostgres, ensureDatabase, tempDataDir, type Database } from "./database"
export { freePort } from "./ports"
export { startStack, type Stack } from "./stack"
