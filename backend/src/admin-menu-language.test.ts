import { readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { expect, it } from "vitest"

/** The page files of every plugin's admin routes (`src/admin/routes/**\/page.tsx`). */
function adminPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === ".medusa" ? [] : adminPages(path)
    return entry.name === "page.tsx" && path.includes(join("src", "admin", "routes")) ? [path] : []
  })
}

// The admin's menu shows our pages beside Medusa's; their labels are in one language, Vietnamese,
// the language of the pages themselves (a Vietnamese label has at least one Vietnamese letter).
it("labels every admin menu entry of the plugins in Vietnamese", () => {
  const labels = adminPages(resolve(__dirname, "../../plugins")).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/defineRouteConfig\(\{[^}]*?label:\s*"([^"]+)"/g)].map((m) => m[1]),
  )
  expect(labels.length).toBeGreaterThanOrEqual(8)
  const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i
  expect(labels.filter((label) => !vietnamese.test(label))).toEqual([])
})

// The registration review pages (sellers, distributor companies) and the list they share speak the
// same language as their menu entries: every static label (column headers, buttons, placeholders,
// the empty state, JSX text) has a Vietnamese letter, or is a unit or number.
it("labels the seller and distributor review pages in Vietnamese", () => {
  const plugins = resolve(__dirname, "../../plugins")
  const files = [
    "marketplace/src/admin/components/review-list.tsx",
    "marketplace/src/admin/routes/sellers/page.tsx",
    "wholesale/src/admin/routes/distributors/page.tsx",
  ].map((file) => readFileSync(join(plugins, file), "utf8"))
  const labels = files.flatMap((source) => [
    ...[...source.matchAll(/\b(?:header|label|title|noun|nameHeader|placeholder)[=:]\s*\{?\s*"([^"]+)"/g)].map(
      (m) => m[1],
    ),
    ...[...source.matchAll(/>([^<>{}()=;:[\]"]+)</g)].map((m) => m[1].trim()).filter((text) => /[A-Za-z]/.test(text)),
  ])
  expect(labels.length).toBeGreaterThanOrEqual(20)
  const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i
  expect(labels.filter((label) => !vietnamese.test(label) && !/^(KB|%)$/.test(label))).toEqual([])
})
