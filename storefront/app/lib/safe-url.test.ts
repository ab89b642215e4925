import { describe, expect, it } from "vitest"
import { safeSrcSet, safeUrl } from "./safe-url"

describe("safeUrl", () => {
  it("keeps http(s) addresses and paths on this site", () => {
    expect(safeUrl("https://example.vn/anh/che.jpg")).toBe("https://example.vn/anh/che.jpg")
    expect(safeUrl("http://localhost:9000/static/a.webp")).toBe("http://localhost:9000/static/a.webp")
    expect(safeUrl("/static/a.webp")).toBe("/static/a.webp")
  })

  it("drops every other scheme and odd forms", () => {
    for (const bad of [
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
    ]) {
      expect(safeUrl(bad), String(bad)).toBeUndefined()
    }
  })

  it("keeps a srcset only when every candidate is safe", () => {
    expect(safeSrcSet("https://a.vn/400.webp 400w, /static/800.webp 800w")).toBe(
      "https://a.vn/400.webp 400w, /static/800.webp 800w",
    )
    expect(safeSrcSet("https://a.vn/400.webp 400w, javascript:alert(1) 800w")).toBeUndefined()
  })
})
