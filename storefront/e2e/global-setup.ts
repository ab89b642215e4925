import { launchBrowserServer, startStack, startTestPostgres } from "@ocop/stack"
import type { TestProject } from "vitest/node"
import { SHARED_SEED_PRODUCTS, type SharedStack } from "./shared-stack"

/**
 * One PostgreSQL for every e2e file of the run, with a database migrated once that each stack
 * copies, one stack (the BUILT backend with its admin, storefront, demo seed) and one chromium that
 * the browser test files share (`sharedStack()`, `sharedBrowser()`): starting a stack is most of a
 * file's time on a busy machine. The built backend boots faster than the sources and serves the
 * admin, so the admin's browser tests share it too (run `npm run build` first). Its seed holds what the files need together (24 products); each file makes its own
 * sellers, buyers, companies and products under names unique to its run, so that files run side by
 * side. A file that needs another configuration starts its own stack.
 *
 * Both e2e projects (the files that run side by side, then those that run alone) list this set-up:
 * the first to call it starts everything, the other gets the same, the last teardown stops it.
 */
type Started = { provided: SharedStack; stop: () => Promise<void> }
type Shared = { started: Promise<Started>; users: number }
const KEY = Symbol.for("@ocop/storefront e2e shared stack")
const registry = globalThis as { [KEY]?: Shared }

async function start(): Promise<Started> {
  const database = await startTestPostgres("storefront-e2e")
  const stop: (() => Promise<unknown>)[] = [() => database.stop()]
  const stopAll = async () => {
    for (const step of stop) await step()
  }
  // The browser starts while the stack seeds and boots.
  const [stack, browser] = await Promise.allSettled([
    startStack({ mode: "test", quiet: true, seedProducts: SHARED_SEED_PRODUCTS, builtBackend: true }),
    launchBrowserServer(),
  ])
  if (browser.status === "fulfilled") stop.unshift(() => browser.value.close())
  if (stack.status === "fulfilled") stop.unshift(() => stack.value.stop())
  if (stack.status === "rejected" || browser.status === "rejected") {
    await stopAll()
    throw stack.status === "rejected" ? stack.reason : (browser as PromiseRejectedResult).reason
  }
  const { backendUrl, storefrontUrl, databaseUrl, publishableKey, logins } = stack.value
  return {
    provided: {
      backendUrl,
      storefrontUrl,
      databaseUrl,
      publishableKey,
      logins,
      browserEndpoint: browser.value.wsEndpoint(),
    },
    stop: stopAll,
  }
}

export default async function setup(project: TestProject) {
  const shared = (registry[KEY] ??= { started: start(), users: 0 })
  shared.users++
  const { provided } = await shared.started
  project.provide("sharedStack", provided)
  return async () => {
    if (--shared.users > 0) return
    delete registry[KEY]
    await (await shared.started).stop()
  }
}
