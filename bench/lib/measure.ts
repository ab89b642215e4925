import autocannon from "autocannon"

/** An autocannon measure: latency under `connections` concurrent clients for `duration` seconds. */
export type LoadMeasure = {
  kind: "load"
  p50_ms: number
  p95_ms: number
  req_s: number
  errors: number
  non2xx: number
  /** What the answer held (a count of matches), when the measure reports one. */
  found?: number
  note?: string
}
/** Sequential requests from one client: the server's own time, not queueing. */
export type SequentialMeasure = { kind: "sequential"; p50_ms: number; p95_ms: number; runs: number; note?: string }
/** A measure that could not be taken in this tree (a route that does not exist, …), with why. */
export type Skipped = { kind: "skipped"; note: string }
export type Measure = LoadMeasure | SequentialMeasure | Skipped

export const settings = {
  duration: Number(process.env.BENCH_DURATION ?? 6),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 8),
  /** Seconds of the same load before each measure, not counted: JIT, pools and caches warm. */
  warmup: Number(process.env.BENCH_WARMUP ?? 1),
}

export async function cannon(
  url: string,
  headers: Record<string, string> = {},
  duration = settings.duration,
): Promise<LoadMeasure> {
  if (settings.warmup > 0)
    await autocannon({ url, headers, connections: settings.connections, duration: settings.warmup, timeout: 30 })
  const result = await autocannon({ url, headers, connections: settings.connections, duration, timeout: 30 })
  return {
    kind: "load",
    p50_ms: result.latency.p50,
    // autocannon reports p90, p97_5 and p99; p95 lies between p90 and p97.5: report the upper one
    p95_ms: result.latency.p97_5,
    req_s: Math.round(result.requests.average * 10) / 10,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/**
 * The same load shape as `cannon` for work that is not an HTTP request (a SQL statement):
 * `connections` loops run `work` back to back for `duration` seconds.
 */
export async function loadLoop(work: () => Promise<unknown>, duration = settings.duration): Promise<LoadMeasure> {
  const times: number[] = []
  let errors = 0
  const until = Date.now() + duration * 1000
  await Promise.all(
    Array.from({ length: settings.connections }, async () => {
      while (Date.now() < until) {
        const t = performance.now()
        try {
          await work()
          times.push(performance.now() - t)
        } catch {
          errors++
        }
      }
    }),
  )
  return {
    kind: "load",
    p50_ms: percentile(times, 50),
    p95_ms: percentile(times, 95),
    req_s: Math.round((times.length / duration) * 10) / 10,
    errors,
    non2xx: 0,
  }
}

export function percentile(values: number[], p: number) {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return (
    Math.round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] * 10) / 10
  )
}

/**
 * Time to first byte of sequential GETs (one client), after three warm-up requests. Forty runs: the
 * p95 of twenty is their second slowest, and one stall of the machine decided it.
 */
export async function ttfb(url: string, init: RequestInit = {}, runs = 40): Promise<SequentialMeasure> {
  const times: number[] = []
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now()
    const response = await fetch(url, { ...init, redirect: "manual" })
    const first = performance.now() - t0
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
    if (i >= 3) times.push(first)
  }
  return { kind: "sequential", p50_ms: percentile(times, 50), p95_ms: percentile(times, 95), runs }
}

/**
 * Waits until the backend answers this URL promptly (five answers in a row under a second): after
 * an import the server may still be catching up (caches, the database's autovacuum), and a measure
 * started then comes back empty.
 */
export async function untilPrompt(url: string, headers: Record<string, string>, limitSeconds = 180) {
  const t0 = Date.now()
  let prompt = 0
  while (prompt < 5) {
    if (Date.now() - t0 > limitSeconds * 1000)
      throw new Error(`${url} did not answer promptly within ${limitSeconds} s`)
    const t = performance.now()
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) }).catch(() => undefined)
    await response?.arrayBuffer()
    prompt = response?.ok && performance.now() - t < 1000 ? prompt + 1 : 0
  }
  return (Date.now() - t0) / 1000
}
