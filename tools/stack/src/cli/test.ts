/**
 * `npm test`: every package's vitest suite through turbo (unit, integration on embedded
 * PostgreSQL, end-to-end in Chromium), then one summary line over all of them.
 */
import { existsSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { spawnSync } from "node:child_process"
import { bin, repoRoot } from "../paths"

const packages = [
  "tools/stack",
  "packages/reference",
  "plugins/ocop",
  "plugins/search",
  "plugins/promotion",
  "plugins/marketplace",
  "plugins/wholesale",
  "plugins/messages",
  "plugins/notifications",
  "backend",
  "storefront",
]
const resultFile = (dir: string) => join(repoRoot, dir, "test-results", "vitest.json")
for (const dir of packages) rmSync(resultFile(dir), { force: true })

// One package's suite at a time: the backend's HTTP specs (two apps on their own databases) and the
// browser tests' stack would otherwise share two cores, and a page's timing would depend on its neighbours.
const turbo = spawnSync(
  bin("turbo"),
  ["run", "test", "--continue", "--concurrency=1", "--output-logs=full", ...process.argv.slice(3)],
  {
    cwd: repoRoot,
    stdio: "inherit",
  },
)

const totals = { passed: 0, failed: 0, skipped: 0 }
let missing = 0
console.log("\nTest summary")
for (const dir of packages) {
  if (!existsSync(resultFile(dir))) {
    console.log(`  ${dir.padEnd(14)} no results: its suite did not run or did not finish`)
    missing++
    continue
  }
  const report = JSON.parse(readFileSync(resultFile(dir), "utf8"))
  const skipped = report.numPendingTests + report.numTodoTests
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += skipped
  console.log(
    `  ${dir.padEnd(14)} ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`,
  )
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(turbo.status === 0 && totals.failed === 0 && missing === 0 ? 0 : 1)
