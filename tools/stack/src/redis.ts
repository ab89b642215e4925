import { spawn } from "node:child_process"
import { createConnection } from "node:net"
import { existsSync } from "node:fs"
import { freePort } from "./ports"

const REDIS_SERVER = "/usr/bin/redis-server"

/** Debian's redis-server (installed by .ci/run) on a free port, for the tests of the Redis modules. */
export function redisServerAvailable() {
  return existsSync(REDIS_SERVER)
}

export async function startRedis() {
  const port = await freePort()
  // In a process group of its own, like the servers: Ctrl-C must not stop Redis before the
  // processes that use it have shut down (stop() ends it, last).
  const child = spawn(REDIS_SERVER, ["--port", String(port), "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
    detached: true,
  })
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`)
    const up = await new Promise<boolean>((resolveUp) => {
      const socket = createConnection(port, "localhost")
      socket.once("connect", () => socket.end(() => resolveUp(true)))
      socket.once("error", () => resolveUp(false))
    })
    if (up) break
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url: `redis://localhost:${port}`,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop()
        child.once("exit", () => resolveStop())
        child.kill("SIGTERM")
      }),
  }
}
