import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")
export const backendDir = join(repoRoot, "backend")
export const storefrontDir = join(repoRoot, "storefront")
/** Git-ignored home of everything `npm start` keeps between runs (database files, runtime facts). */
export const dataDir = process.env.OCOP_DATA_DIR ?? join(repoRoot, ".data")
export const runtimeFile = join(dataDir, "runtime.json")

export function bin(name: string) {
  return join(repoRoot, "node_modules", ".bin", name)
}
