import type { LineFilter } from "./processes"

/**
 * What a backend server process logs, and what of it the stack shows.
 *
 * Medusa's default level ("http") writes one JSON line per request in production: with several
 * server processes every request would be formatted by its server, piped to the `npm start`
 * process (where the balancer runs) and parsed there only to be dropped. Unless `LOG_LEVEL` asks
 * for more, servers log warnings and errors only, so Medusa skips its request log altogether
 * (`express-loader`: no line below the level) and errors stay visible.
 */
export function serverLogEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env.LOG_LEVEL ? env : { ...env, LOG_LEVEL: "warn" }
}

/** A JSON log line of Medusa's production logger, as a short line: `level: message` (requests: method, path, status, time). */
function shortLine(entry: Record<string, unknown>) {
  if (entry.level === "http" && entry.method)
    return `http: ${entry.method} ${entry.path} ${entry.status} ${entry.duration} ms`
  return `${entry.level}: ${entry.message}`
}

/**
 * The lines of a running server the stack shows: with `LOG_LEVEL` set by the user, everything the
 * server logs at that level; otherwise warnings and errors. Lines that are not JSON (Medusa's
 * development logger, a crash's stack trace) are shown as they are.
 */
export function serverLines(askedLevel: string | undefined): LineFilter {
  return (line) => {
    let entry: Record<string, unknown>
    try {
      entry = JSON.parse(line)
    } catch {
      return line
    }
    if (askedLevel) return shortLine(entry)
    return entry.level === "warn" || entry.level === "error" ? shortLine(entry) : undefined
  }
}
