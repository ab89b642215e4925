// Builds the package twice from the same sources: ES modules for the Vite bundles (storefront,
// admin extensions) and CommonJS for the Medusa server (plugins, backend), each folder marked
// with its module type so Node reads the .js files the right way.
import { execFileSync } from "node:child_process"
import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")
rmSync("dist", { recursive: true, force: true })
for (const [config, dir, type] of [
  ["tsconfig.json", "dist/esm", "module"],
  ["tsconfig.cjs.json", "dist/cjs", "commonjs"],
]) {
  execFileSync(process.execPath, [tsc, "-p", config], { stdio: "inherit" })
  mkdirSync(dir, { recursive: true })
  writeFileSync(`${dir}/package.json`, JSON.stringify({ type }) + "\n")
}
