import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import type { SeedReport } from "./backend"
import { runtimeFile } from "./paths"

/**
 * Facts `npm start` keeps between runs: what was migrated and seeded into which database
 * (as content hashes, so an unchanged tree skips that work), and the publishable key.
 */
export type Runtime = {
  databases: Record<string, { migrated?: string; seeded?: string; report?: SeedReport }>
}

export function readRuntime(file = runtimeFile): Runtime {
  if (!existsSync(file)) return { databases: {} }
  return JSON.parse(readFileSync(file, "utf8")) as Runtime
}

export function writeRuntime(runtime: Runtime, file = runtimeFile) {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(runtime, null, 2))
}
