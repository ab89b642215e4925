import { join } from "node:path"
import { bin, storefrontDir } from "./paths"
import { startService, waitForHttp } from "./processes"

export async function startStorefront(options: {
  port: number
  backendUrl: string
  publishableKey: string
  quiet?: boolean
  extraEnv?: NodeJS.ProcessEnv
}) {
  const service = startService("storefront", bin("react-router-serve"), [join("build", "server", "index.js")], {
    cwd: storefrontDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      MEDUSA_BACKEND_URL: options.backendUrl,
      MEDUSA_PUBLISHABLE_KEY: options.publishableKey,
      ...options.extraEnv,
    },
    quiet: options.quiet,
  })
  await waitForHttp(`http://localhost:${options.port}/healthz`, service, 60_000)
  return service
}
