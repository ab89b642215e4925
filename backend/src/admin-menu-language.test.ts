import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { expect, it } from "vitest"

const plugins = resolve(__dirname, "../../plugins")
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i

type Messages = { [key: string]: string | Messages }
type Resources = Record<"vi" | "en", { translation: Messages }>

/** The page files of every plugin's admin routes (`src/admin/routes/**\/page.tsx`). */
function adminPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === ".medusa" ? [] : adminPages(path)
    return entry.name === "page.tsx" && path.includes(join("src", "admin", "routes")) ? [path] : []
  })
}

/** Every "a.b.c" key of a message tree with its text. */
function flatten(messages: Messages, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  )
}

/** The admin translations a page's plugin gives (`src/admin/i18n/index.ts`), if any. */
async function pluginMessages(page: string): Promise<Resources | undefined> {
  const admin = page.slice(0, page.indexOf(join("src", "admin")) + join("src", "admin").length)
  const index = join(admin, "i18n", "index.ts")
  return existsSync(index) ? ((await import(index)).default as Resources) : undefined
}

// The admin's menu shows our pages beside Medusa's, whose entries follow the admin's language
// setting: every entry of ours is a key translated both ways (Vietnamese with its letters, English
// without them), never a text in one language only.
it("labels every admin menu entry of the plugins in the admin's language", async () => {
  const entries = await Promise.all(
    adminPages(plugins).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/defineRouteConfig\(\{[^}]*?label:\s*"([^"]+)"([^}]*)\}/g)].map(
        async (m) => ({
          file,
          label: m[1],
          translated: /translationNs:\s*"translation"/.test(m[2]),
          messages: await pluginMessages(file),
        }),
      ),
    ),
  )
  expect(entries.length).toBeGreaterThanOrEqual(13)
  expect(entries.length).toBe(
    adminPages(plugins).filter((file) => /defineRouteConfig\(/.test(readFileSync(file, "utf8"))).length,
  )
  const wrong = entries.filter(({ label, translated, messages }) => {
    if (!translated || !/^ocop_\w+\.menu$/.test(label)) return true
    const vi = messages && flatten(messages.vi.translation)[label]
    const en = messages && flatten(messages.en.translation)[label]
    return !vi || !VIETNAMESE.test(vi) || !en || VIETNAMESE.test(en)
  })
  expect(wrong.map(({ file, label }) => `${dirname(file)}: ${label}`)).toEqual([])
})

// Medusa deep-merges every plugin's translations into one namespace: a plugin's texts may not take
// another's keys, and each plugin says every key in both languages.
it("keeps each plugin's admin translations apart, with every key in Vietnamese and English", async () => {
  const owners = new Map<string, string>()
  const dirs = readdirSync(plugins).filter((plugin) =>
    existsSync(join(plugins, plugin, "src", "admin", "i18n", "index.ts")),
  )
  expect(dirs.length).toBeGreaterThanOrEqual(7)
  for (const plugin of dirs) {
    const messages = (await pluginMessages(join(plugins, plugin, "src", "admin", "routes")))!
    expect(Object.keys(messages.en.translation).sort()).toEqual(Object.keys(messages.vi.translation).sort())
    expect(Object.keys(flatten(messages.en.translation)).sort()).toEqual(
      Object.keys(flatten(messages.vi.translation)).sort(),
    )
    for (const group of Object.keys(messages.vi.translation)) {
      expect(group, `${plugin}: ${group} is also ${owners.get(group)}'s`).toMatch(/^ocop_/)
      expect(owners.get(group), `${plugin}: ${group}`).toBeUndefined()
      owners.set(group, plugin)
    }
  }
})

// A page's title says what its menu entry says, in the same language: the first top-level heading of every page
// with a menu entry is a translated key.
it("titles every admin page with a menu entry in the admin's language", async () => {
  const pages = adminPages(plugins).filter((file) => /defineRouteConfig\(/.test(readFileSync(file, "utf8")))
  const wrong: string[] = []
  for (const file of pages) {
    const source = readFileSync(file, "utf8")
    const heading = /<Heading(?: level="h1")?>([\s\S]*?)<\/Heading>/.exec(source)
    if (!heading) continue // the review pages title the shared list with a translated key
    const key = /^\{t\("(ocop_\w+\.title)"\)\}$/.exec(heading[1].trim())?.[1]
    const messages = await pluginMessages(file)
    const vi = key && messages && flatten(messages.vi.translation)[key]
    const en = key && messages && flatten(messages.en.translation)[key]
    if (!vi || !VIETNAMESE.test(vi) || !en || VIETNAMESE.test(en)) wrong.push(`${dirname(file)}: ${heading[1].trim()}`)
  }
  expect(pages.length - wrong.length).toBeGreaterThanOrEqual(11)
  expect(wrong).toEqual([])
})

// The registration review pages (sellers, distributor companies), the list they share and the names
// card say nothing of their own: every text comes from the translations, which hold the same keys in
// Vietnamese (with its letters, or a unit) and English (without them).
it("speaks Vietnamese and English on the seller and distributor review pages, from one set of keys", async () => {
  const sources = [
    "marketplace/src/admin/components/review-list.tsx",
    "marketplace/src/admin/components/vietnamese-names.tsx",
    "marketplace/src/admin/routes/sellers/page.tsx",
    "wholesale/src/admin/routes/distributors/page.tsx",
  ].map((file) => readFileSync(join(plugins, file), "utf8"))
  const literals = sources.flatMap((source) => [
    ...[...source.matchAll(/\b(?:header|label|title|noun|nameHeader|placeholder)[=:]\s*\{?\s*"([^"]+)"/g)].map(
      (m) => m[1],
    ),
    ...[...source.matchAll(/>([^<>{}()=;:[\]"]+)</g)].map((m) => m[1].trim()).filter((text) => /[A-Za-z]/.test(text)),
  ])
  expect(literals.filter((text) => !/^ocop_\w+\.\w+$/.test(text) && !/^(KB|%)$/.test(text))).toEqual([])

  for (const plugin of ["marketplace", "wholesale"]) {
    const messages = (await pluginMessages(join(plugins, plugin, "src", "admin", "routes")))!
    const vi = flatten(messages.vi.translation)
    const en = flatten(messages.en.translation)
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
    expect(Object.keys(vi).length).toBeGreaterThanOrEqual(5)
    expect(
      Object.entries(vi).filter(([, text]) => !VIETNAMESE.test(text) && !/^\{\{\w+\}\}: \{\{\w+\}\}$/.test(text)),
    ).toEqual([])
    expect(Object.entries(en).filter(([, text]) => VIETNAMESE.test(text))).toEqual([])
  }
})

/** Every source of the plugins' admin extensions (pages, widgets, their components), translations and tests aside. */
function adminSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return ["node_modules", ".medusa", "i18n"].includes(entry.name) ? [] : adminSources(path)
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) && path.includes(join("src", "admin"))
      ? [path]
      : []
  })
}

/** A source without its comments (which may speak Vietnamese), its strings kept. */
const withoutComments = (source: string) =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")

/**
 * What a person would read on an admin page that does not come from the translations: a string
 * with Vietnamese letters, a JSX text with letters, or a label, placeholder or title given as a
 * literal. Ids, codes, units and the names of i18n keys are not texts.
 */
function untranslated(source: string) {
  const code = withoutComments(source)
  const found: string[] = []
  for (const m of code.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`|'((?:[^'\\\n]|\\.)*)'/g)) {
    const text = m[1] ?? m[2] ?? m[3] ?? ""
    if (VIETNAMESE.test(text)) found.push(text)
  }
  // JSX text: between a tag's ">" (not an arrow's "=>") and the next "<".
  for (const m of code.matchAll(/(?<!=)>([^<>{}()=;:[\]"`'&|?]+)</g)) {
    const text = m[1].trim()
    if (/[A-Za-z]{2,}/.test(text)) found.push(text)
  }
  for (const m of code.matchAll(/\b(?:label|placeholder|title|aria-label|header|alt)=\s*\{?\s*"([^"]*)"/g)) {
    // A word of a sentence, not a code or an address given as an example of a format.
    if (/(?:^|\s)[A-Za-z]{2,}(?:$|[\s.,:;!?])/.test(m[1])) found.push(m[1])
  }
  return found
}

// The plugins' admin pages and widgets follow the admin's language in every text a person reads (table headers,
// buttons, statuses, empty states, messages), not only their menu entries and titles: no text is written in one
// language in the source, and every key a page asks for (`t("…")`) exists in Vietnamese and English.
it("speaks the admin's language in every text of the plugins' admin pages and widgets", async () => {
  const files = readdirSync(plugins)
    .filter((plugin) => existsSync(join(plugins, plugin, "src", "admin")))
    .flatMap((plugin) => adminSources(join(plugins, plugin, "src", "admin")))
  expect(files.length).toBeGreaterThanOrEqual(20)
  const literal: string[] = []
  const missing: string[] = []
  for (const file of files) {
    const source = readFileSync(file, "utf8")
    for (const text of untranslated(source)) literal.push(`${file.slice(plugins.length + 1)}: ${text}`)
    const messages = await pluginMessages(file)
    const vi = messages ? flatten(messages.vi.translation) : {}
    const en = messages ? flatten(messages.en.translation) : {}
    for (const m of withoutComments(source).matchAll(/\bt\(\s*"([\w.]+)"/g)) {
      if (!vi[m[1]] || !en[m[1]]) missing.push(`${file.slice(plugins.length + 1)}: ${m[1]}`)
    }
  }
  expect(literal).toEqual([])
  expect(missing).toEqual([])
})

// The texts themselves: each key says something in Vietnamese that is not the English text left as it was, and the
// English has no Vietnamese letters (but for the currency's name, place names and decision numbers), in every plugin
// whose pages are translated. Placeholders ({{name}}), numbers and codes are the same in both.
it("writes each translated admin text in its language", async () => {
  const words = (text: string) => text.replace(/\{\{\w+\}\}/g, " ")
  for (const plugin of ["marketplace", "messages", "ocop", "promotion", "reviews", "wholesale"]) {
    const messages = (await pluginMessages(join(plugins, plugin, "src", "admin", "routes")))!
    const vi = flatten(messages.vi.translation)
    const en = flatten(messages.en.translation)
    expect(
      Object.entries(vi).filter(
        ([key, text]) => /[A-Za-z]{2,}/.test(words(text)) && !VIETNAMESE.test(text) && text === en[key],
      ),
      plugin,
    ).toEqual([])
    expect(
      Object.entries(en).filter(([, text]) => VIETNAMESE.test(text.replace(/đồng|Lào Cai|QĐ/g, ""))),
      plugin,
    ).toEqual([])
  }
})
