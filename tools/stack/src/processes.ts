import { spawn, type ChildProcess } from "node:child_process"
import { StackError } from "./errors"

export type Service = { name: string; child: ChildProcess; stop: () => Promise<void> }

/** Picks what a user sees of a child's output line; undefined hides the line. */
export type LineFilter = (line: string) => string | undefined

function prefixLines(name: string, target: NodeJS.WriteStream, show: LineFilter | false) {
  let buffered = ""
  return (chunk: Buffer) => {
    if (!show) return
    buffered += chunk.toString()
    const lines = buffered.split("\n")
    buffered = lines.pop() ?? ""
    for (const line of lines) {
      const shown = show(line)
      if (shown !== undefined) target.write(`[${name}] ${shown}\n`)
    }
  }
}

const everything: LineFilter = (line) => line

/** Runs a command to completion; rejects with its last output lines when it fails. */
export function run(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean; show?: LineFilter },
): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] })
    const tail: string[] = []
    const remember = (chunk: Buffer) => {
      tail.push(...chunk.toString().split("\n"))
      tail.splice(0, Math.max(0, tail.length - 40))
    }
    child.stdout.on("data", remember)
    child.stderr.on("data", remember)
    const show = options.quiet ? false : (options.show ?? everything)
    child.stdout.on("data", prefixLines(name, process.stdout, show))
    child.stderr.on("data", prefixLines(name, process.stderr, show))
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) resolveRun()
      else reject(new StackError(`${name} failed (${signal ?? `exit code ${code}`}):\n${tail.join("\n")}`))
    })
  })
}

/** Starts a long-running server in its own process group, so stopping it stops its children too. */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean; show?: LineFilter },
): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  const show = options.quiet ? false : (options.show ?? everything)
  child.stdout?.on("data", prefixLines(name, process.stdout, show))
  child.stderr?.on("data", prefixLines(name, process.stderr, show))
  const stop = () =>
    new Promise<void>((resolveStop) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolveStop()
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(timer)
        resolveStop()
      })
      signalGroup(child, "SIGTERM")
    })
  return { name, child, stop }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal)
  } catch {
    child.kill(signal)
  }
}

/** Polls a URL until it answers 2xx, or fails when the service exits or the time runs out. */
export async function waitForHttp(url: string, service: Service, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new StackError(`${service.name} exited (code ${service.child.exitCode}) before answering at ${url}.`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new StackError(`${service.name} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s.`)
}
