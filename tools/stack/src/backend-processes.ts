import { startBackend } from "./backend"
import { startBalancer, type Balancer } from "./balancer"
import { StackError } from "./errors"
import type { Service } from "./processes"

export type BackendProcess = { url: string; service: Service }

/** Medusa's production layout: server processes behind one port, and one worker. */
export type BackendProcesses = {
  /** The public address: the balancer in front of the servers. */
  url: string
  servers: BackendProcess[]
  worker: BackendProcess
  stop: () => Promise<void>
}

/**
 * Starts `ports.servers.length` processes in Medusa's server mode (HTTP only: they run no
 * subscriber, scheduled job or background workflow step) and one in worker mode (it serves no
 * route and runs all of those, taking events and workflow steps from the Redis queues), all on
 * the same database and Redis, and the balancer on `ports.public`. Every process gets the public
 * address as its MEDUSA_BACKEND_URL (links to uploaded files, the admin).
 *
 * Medusa's in-process event bus, workflow engine and locking cannot be shared between processes:
 * REDIS_URL is required.
 */
export async function startBackendProcesses(
  env: NodeJS.ProcessEnv,
  options: {
    ports: { public: number; servers: number[]; worker: number }
    production: boolean
    quiet?: boolean
  },
): Promise<BackendProcesses> {
  if (!env.REDIS_URL) {
    throw new StackError(
      "Several server processes share their events, workflows, locks and sessions through Redis: set REDIS_URL, or install redis-server (apt-get install redis-server).",
    )
  }
  const publicUrl = `http://localhost:${options.ports.public}`
  const start = (name: string, port: number, mode: "server" | "worker") =>
    startBackend({ ...env, PORT: String(port), MEDUSA_WORKER_MODE: mode, MEDUSA_BACKEND_URL: publicUrl }, port, {
      production: options.production,
      quiet: options.quiet,
      name,
    }).then((service) => ({ url: `http://localhost:${port}`, service }))

  const started: Promise<BackendProcess>[] = [
    start("worker", options.ports.worker, "worker"),
    ...options.ports.servers.map((port, i) => start(`server ${i + 1}`, port, "server")),
  ]
  const settled = await Promise.allSettled(started)
  const running = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []))
  let balancer: Balancer | undefined
  const stop = async () => {
    await balancer?.stop()
    await Promise.all(running.map((process) => process.service.stop()))
  }
  const failed = settled.find((result) => result.status === "rejected")
  if (failed) {
    await stop()
    throw failed.reason
  }
  const [worker, ...servers] = running
  try {
    balancer = await startBalancer({ port: options.ports.public, targets: servers.map((server) => server.url) })
  } catch (error) {
    await stop()
    throw error
  }
  return { url: balancer.url, servers, worker, stop }
}
