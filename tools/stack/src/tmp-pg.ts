import { startEmbeddedPostgres, ensureDatabase } from "./database"
const db = await startEmbeddedPostgres({ dataDir: "/tmp/ocop-manual-pg", port: 55432, persistent: true })
await ensureDatabase(db.serverUrl, "ocop")
console.log("READY", db.serverUrl)
process.on("SIGTERM", async () => { await db.stop(); process.exit(0) })
setInterval(() => {}, 1 << 30)
