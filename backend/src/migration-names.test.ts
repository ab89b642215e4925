import { readdirSync } from "node:fs"
import { basename, join, resolve } from "node:path"
import { expect, it } from "vitest"

/** The migration files of every plugin's modules and providers (`src/**\/migrations/*.ts`). */
function migrationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      return entry.name === "node_modules" || entry.name === ".medusa" ? [] : migrationFiles(path)
    return basename(dir) === "migrations" && entry.name.endsWith(".ts") ? [path] : []
  })
}

// Medusa records applied migrations by class name in one table for all modules: a name used twice
// makes the second migration look applied, and its tables are never created (quote and follow did).
it("gives every migration of the plugins and the backend a name of its own", () => {
  const files = [...migrationFiles(resolve(__dirname, "../../plugins")), ...migrationFiles(resolve(__dirname))]
  const names = files.map((file) => basename(file, ".ts"))
  expect(files.length).toBeGreaterThan(10)
  expect(files.filter((_, i) => names.indexOf(names[i]) !== i)).toEqual([])
})
