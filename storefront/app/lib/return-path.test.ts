import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { safeReturnPath } from "./return-path"

const SITE = "https://ocop.example"
const FALLBACK = "/fallback"

/** Where a browser on this site would really go with `Location: path`, after up to three decodings. */
function staysOnSite(path: string) {
  let current = path
  for (let layer = 0; layer < 4; layer++) {
    // The URL parser drops tabs and newlines and reads "\" as "/", as browsers do.
    const url = new URL(current, SITE)
    if (url.origin !== SITE || url.pathname.startsWith("//")) return false
    let next: string
    try {
      next = decodeURIComponent(current)
    } catch {
      return true
    }
    if (next === current) return true
    current = next
  }
  return true
}

function checkSafe(input: unknown) {
  const result = safeReturnPath(input, FALLBACK)
  expect(result.startsWith("/")).toBe(true)
  expect(result.startsWith("//")).toBe(false)
  expect(result).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/)
  expect(staysOnSite(result)).toBe(true)
}

const NASTY = [
  "/./%2f",
  "/./%252F",
  "/../%2f:x",
  "/https:%252F..//",
  "//evil.example",
  "//evil.example/",
  "/\\evil.example",
  "\\\\evil.example",
  "/%09/evil.example/",
  "/\t/evil.example/",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/%0a/evil.example",
  "/%0d%0a/evil.example",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "/%252F%252Fevil.example",
  "/%25252F/evil.example",
  "/.//evil.example",
  "/..//evil.example",
  "/a/../..//evil.example",
  "/%2e/%2e//evil.example",
  "https://evil.example",
  "http:evil.example",
  "HTTPS://evil.example",
  " /evil",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.domain)",
  "data:text/html,<script>alert(1)</script>",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "/\u2028/evil.example",
  "/\u202e/evil.example",
  "/%E2%80%AE",
  "/%",
  "",
  "evil.example",
  "/" + "a".repeat(600),
]

describe("safeReturnPath", () => {
  it.each([
    ["/products?stars=5", "/products?stars=5"],
    ["/en/account/orders#latest", "/en/account/orders#latest"],
    ["/search?q=m%E1%BA%ADt%20ong", "/search?q=m%E1%BA%ADt%20ong"],
    ["/search?q=mật ong", "/search?q=m%E1%BA%ADt%20ong"],
    ["/account/login?next=%2Fcart", "/account/login?next=%2Fcart"],
  ])("keeps this site's path %s, with its query and fragment", (input, kept) => {
    expect(safeReturnPath(input)).toBe(kept)
  })

  it.each(NASTY)("refuses %j", (input) => {
    expect(safeReturnPath(input, FALLBACK)).toBe(FALLBACK)
  })

  it.each([null, undefined, 42, {}, ["/cart"], new File([], "/cart")])(
    "falls back on anything that is not a string: %j",
    (input) => {
      expect(safeReturnPath(input, FALLBACK)).toBe(FALLBACK)
    },
  )

  it("never leaves the site, whatever the input (generated)", () => {
    const piece = fc.constantFrom(
      "/",
      "//",
      "\\",
      "/\\",
      "%2F",
      "%2f",
      "%5C",
      "%09",
      "%0A",
      "%00",
      "%25",
      "%252F",
      "\t",
      "\n",
      "\r",
      ".",
      "..",
      "./",
      "../",
      "@",
      ":",
      "?",
      "#",
      "evil.example",
      "https:",
      "javascript:",
      "\u2028",
      "\u202e",
      "\u00a0",
      " ",
    )
    const input = fc.oneof(
      fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join("")),
      fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((parts) => "/" + parts.join("")),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webPath().map((path) => (path.startsWith("/") ? path : `/${path}`)),
    )
    fc.assert(
      fc.property(input, (value) => {
        checkSafe(value)
      }),
      { numRuns: 5000 },
    )
  })

  it("keeps ordinary paths of the site (generated)", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/)
    const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join("/")}`)
    fc.assert(
      fc.property(path, (p) => {
        expect(safeReturnPath(p, FALLBACK)).toBe(p)
      }),
    )
  })
})
