import { readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { describe, expect, it } from "vitest"

/** The page and component sources (not tests). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sources(path)
    return entry.name.endsWith(".tsx") ? [path] : []
  })
}

describe("forms", () => {
  it("check their fields on the server, in the page's language: a POST form with required or bounded fields sets noValidate", () => {
    // Without noValidate the browser refuses the form itself, in its own language and words
    // ("Please fill out this field" on a Vietnamese page), before the page can say what to do.
    const root = resolve(__dirname)
    const browserChecked: string[] = []
    for (const file of sources(root)) {
      const text = readFileSync(file, "utf8")
      for (const match of text.matchAll(/<Form\b([^>]*?)>([\s\S]*?)<\/Form>/g)) {
        const [, attributes, body] = match
        if (!/method="post"/i.test(attributes) || /noValidate/.test(attributes)) continue
        // A radio button checked from the start satisfies its `required` by itself.
        const checked = body.replace(/<input[^>]*type="radio"[^>]*defaultChecked[^>]*\/>/g, "")
        if (/\brequired\b|\bminLength=|\bmin=|\bmax=|\bpattern=|type="email"/.test(checked))
          browserChecked.push(`${file.slice(root.length + 1)}: <Form${attributes}>`)
      }
    }
    expect(browserChecked).toEqual([])
  })
})
