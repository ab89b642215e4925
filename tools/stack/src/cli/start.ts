/**
 * `npm start`: the demo for users. Embedded PostgreSQL (unless DATABASE_URL), build what changed
 * (turbo's cache makes an unchanged tree a no-op), migrate and seed when their inputs changed,
 * then the built backend with its admin and the built storefront.
 *
 * `npm start -- --servers N` (`npm run start:cluster`: two): Medusa's production layout instead
 * of one process, N server processes behind the backend's port and a worker, sharing Redis.
 */
import { performance } from "node:perf_hooks"
import { StackError } from "../errors"
import { bin, repoRoot } from "../paths"
import { run } from "../processes"
import { onShutdown } from "../shutdown"
import { startStack, type Stack } from "../stack"

const started = performance.now()
const servers = serversOption(process.argv.slice(3))
const log = (line: string) => console.log(`\x1b[36m[ocop]\x1b[0m ${line}`)
let stack: Stack | undefined
onShutdown(async () => stack?.stop(), log)

try {
  log("Building what changed (turbo cache)")
  await run(
    "build",
    bin("turbo"),
    ["run", "build", "--filter=@ocop/backend...", "--filter=@ocop/storefront", "--output-logs=errors-only"],
    {
      cwd: repoRoot,
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" },
      show: (line) => (/Cached:|Failed:|error/i.test(line) ? line.trim() : undefined),
    },
  )
  stack = await startStack({ mode: "start", log, servers })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`
  OCOP marketplace is up (${seconds} s).

    Storefront   ${stack.storefrontUrl}
    Admin        ${stack.backendUrl}/app
    Store API    ${stack.backendUrl}/store/products  (header x-publishable-api-key: ${stack.publishableKey})
${servers ? `    Layout       ${servers} server processes behind ${stack.backendUrl}, one worker, Redis\n` : ""}

  Demo logins (demo only: a production server refuses the demo secrets and seeds none of these):
${Object.values(stack.logins)
  .map((login) => {
    const where = login.signIn === "/app" ? `${stack!.backendUrl}/app` : `${stack!.storefrontUrl}${login.signIn ?? ""}`
    return `    ${login.role ?? ""}\n      ${where}   ${login.email} / ${login.password}`
  })
  .join("\n")}

  Demo secrets are in use: never expose this instance. Press Ctrl-C to stop.
`)
} catch (error) {
  console.error(`\n\x1b[31m[ocop] ${error instanceof StackError ? error.message : (error as Error).stack}\x1b[0m\n`)
  process.exit(1)
}

/** `--servers N` (or `--servers=N`): how many server processes; none given, one shared process. */
function serversOption(args: string[]): number | undefined {
  const at = args.findIndex((arg) => arg === "--servers" || arg.startsWith("--servers="))
  if (at < 0) return undefined
  const value = args[at].includes("=") ? args[at].split("=")[1] : args[at + 1]
  const count = Number(value)
  if (!Number.isInteger(count) || count < 1 || count > 16) {
    console.error(
      `\n\x1b[31m[ocop] --servers takes a number of server processes from 1 to 16 (got "${value ?? ""}").\x1b[0m\n`,
    )
    process.exit(1)
  }
  return count
}
