import { describe, expect, it } from "vitest"
import { safeSrcSet, safeUrl } from "./safe-url"

describe("safeUrl", () => {
  it.each(["https://example.vn/anh/che.jpg", "http://localhost:9000/static/a.webp", "/static/a.webp"])(
    "keeps the http(s) address or path on this site %s",
    (url) => {
      expect(safeUrl(url)).toBe(url)
    },
  )

  it.each([
    "javascript:alert(document.domain)",
    " JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "//evil.example/x",
    "/\\evil.example",
    "file:///etc/passwd",
    "",
    null,
    undefined,
    42,
  ])("drops every other scheme and odd form: %j", (bad) => {
    expect(safeUrl(bad)).toBeUndefined()
  })

  it("keeps a srcset only when every candidate is safe", () => {
    expect(safeSrcSet("https://a.vn/400.webp 400w, /static/800.webp 800w")).toBe(
      "https://a.vn/400.webp 400w, /static/800.webp 800w",
    )
    expect(safeSrcSet("https://a.vn/400.webp 400w, javascript:alert(1) 800w")).toBeUndefined()
  })
})
