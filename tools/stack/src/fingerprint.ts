import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { repoRoot } from "./paths"

const SKIP = new Set(["node_modules", ".medusa", ".turbo", "build", "static", ".data"])

function walk(path: string, files: string[]) {
  if (!existsSync(path)) return
  if (statSync(path).isFile()) {
    files.push(path)
    return
  }
  for (const entry of readdirSync(path).sort()) {
    if (!SKIP.has(entry)) walk(join(path, entry), files)
  }
}

/** A content hash of files and folders, to tell whether migrations or seed data changed. */
export function fingerprint(paths: string[]) {
  const hash = createHash("sha256")
  const files: string[] = []
  for (const path of paths) walk(join(repoRoot, path), files)
  for (const file of files) {
    hash.update(relative(repoRoot, file))
    hash.update(readFileSync(file))
  }
  return hash.digest("hex").slice(0, 16)
}
