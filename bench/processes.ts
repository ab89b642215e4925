/**
 * Throughput of Medusa's production layout against one process, on the store listing
 * (`GET /store/ocop/products`, what the storefront browses with): `npm run bench:processes`.
 *
 * On the same database, one after another, with the built backend:
 *   1. one process in Medusa's shared mode (serves and works), as `npm start` runs it;
 *   2. two server processes and a worker behind the balancer, as `npm start -- --servers 2` runs it.
 * Each is warmed up, then measured with autocannon (BENCH_CONNECTIONS connections, BENCH_DURATION
 * seconds). `measureProcesses` is exported for the national benchmark to call on its own database;
 * run alone, this file starts a throw-away stack with a small demo catalogue and writes
 * bench/processes-results.json.
 *
 *   BENCH_DURATION=10  BENCH_CONNECTIONS=16  BENCH_PROCESSES_PRODUCTS=100
 */
import autocannon from "autocannon"
import { randomBytes } from "node:crypto"
import { writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import {
  backendEnv,
  freePort,
  redisServerAvailable,
  startBackend,
  startBackendProcesses,
  startRedis,
  startStack,
} from "@ocop/stack"

const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16)
const LISTING = "/store/ocop/products?limit=20"

export type Throughput = { req_s: number; p50_ms: number; p95_ms: number; errors: number; non2xx: number }
export type ProcessesReport = {
  route: string
  connections: number
  duration_s: number
  one_process: Throughput
  two_servers_and_worker: Throughput
  /** two_servers_and_worker.req_s / one_process.req_s */
  ratio: number
}

/**
 * The load comes from a worker thread: the balancer runs in this process (as it runs in `npm
 * start`'s), and sharing its event loop with the load generator added to every proxied request's
 * latency a cost the layout does not have.
 */
async function cannon(url: string, publishableKey: string, duration: number): Promise<Throughput> {
  const result = await autocannon({
    url,
    headers: { "x-publishable-api-key": publishableKey },
    connections: CONNECTIONS,
    duration,
    timeout: 30,
    workers: 1,
  })
  return {
    req_s: Math.round(result.requests.average * 10) / 10,
    p50_ms: result.latency.p50,
    // autocannon reports p90, p97.5 and p99: p95 lies between, report the upper one
    p95_ms: result.latency.p97_5,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** Warm-up (discarded), then the measure. */
async function measure(baseUrl: string, publishableKey: string) {
  await cannon(`${baseUrl}${LISTING}`, publishableKey, 3)
  return cannon(`${baseUrl}${LISTING}`, publishableKey, DURATION)
}

/** Both layouts on a migrated, seeded database; needs redis-server (or REDIS_URL) and the built backend. */
export async function measureProcesses(options: {
  databaseUrl: string
  publishableKey: string
  log?: (line: string) => void
}): Promise<ProcessesReport> {
  const log = options.log ?? (() => undefined)
  const env = (port: number) =>
    backendEnv({
      databaseUrl: options.databaseUrl,
      port,
      storefrontUrl: "http://localhost:1",
      production: true,
      extraEnv: {
        JWT_SECRET: randomBytes(32).toString("hex"),
        COOKIE_SECRET: randomBytes(32).toString("hex"),
        OCOP_PLAIN_HTTP: "1",
        LOG_LEVEL: "error",
      },
    })

  log("one process (shared mode)")
  const port = await freePort()
  const single = await startBackend({ ...env(port), REDIS_URL: "" }, port, { production: true, quiet: true })
  let one_process: Throughput
  try {
    one_process = await measure(`http://localhost:${port}`, options.publishableKey)
  } finally {
    await single.stop()
  }

  log("two server processes and a worker, behind the balancer, with Redis")
  const redis = process.env.REDIS_URL ? undefined : await startRedis()
  const ports = { public: await freePort(), servers: [await freePort(), await freePort()], worker: await freePort() }
  const layout = await startBackendProcesses(
    { ...env(ports.public), REDIS_URL: process.env.REDIS_URL || redis!.url },
    { ports, production: true, quiet: true },
  )
  let two_servers_and_worker: Throughput
  try {
    two_servers_and_worker = await measure(layout.url, options.publishableKey)
  } finally {
    await layout.stop()
    await redis?.stop()
  }
  return {
    route: LISTING,
    connections: CONNECTIONS,
    duration_s: DURATION,
    one_process,
    two_servers_and_worker,
    ratio: Math.round((two_servers_and_worker.req_s / one_process.req_s) * 100) / 100,
  }
}

export function renderProcesses(report: ProcessesReport) {
  const row = (name: string, m: Throughput) =>
    `| ${name} | ${m.req_s} | ${m.p50_ms} / ${m.p95_ms} ms | ${m.errors + m.non2xx} |`
  return [
    `Listing \`${report.route}\`, ${report.connections} connections, ${report.duration_s} s each.`,
    "",
    "| layout | req/s | p50 / p95 | errors |",
    "| --- | --- | --- | --- |",
    row("one process (shared)", report.one_process),
    row("two servers + worker, balancer", report.two_servers_and_worker),
    "",
    `Two servers: ${report.ratio}× the requests per second of one process.`,
  ].join("\n")
}

async function main() {
  if (!process.env.REDIS_URL && !redisServerAvailable())
    throw new Error("Needs Redis: set REDIS_URL or install redis-server (apt-get install redis-server)")
  const log = (line: string) => console.error(`[bench:processes] ${line}`)
  log(`machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB memory`)
  log("starting a throw-away stack (built backend: run `npm run build` first)")
  const stack = await startStack({
    mode: "test",
    quiet: true,
    builtBackend: true,
    seedProducts: Number(process.env.BENCH_PROCESSES_PRODUCTS ?? 100),
  })
  try {
    const report = await measureProcesses({ databaseUrl: stack.databaseUrl, publishableKey: stack.publishableKey, log })
    const here = dirname(fileURLToPath(import.meta.url))
    writeFileSync(
      join(here, "processes-results.json"),
      JSON.stringify({ machine: { cores: cpus().length, model: cpus()[0]?.model }, ...report }, null, 2) + "\n",
    )
    console.log(renderProcesses(report))
  } finally {
    await stack.stop()
  }
}

if (resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
