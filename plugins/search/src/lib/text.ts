/**
 * Vietnamese text for search: folding (diacritics off, "đ" → "d"), words, edit distance, the
 * highlighter and "did you mean". Pure functions, shared by the PostgreSQL provider extension, the
 * store search route and the benchmark, so every engine folds and marks text the same way. Folding
 * itself is the reference package's `fold`.
 */
import { fold } from "@ocop/reference"

export type Word = { text: string; folded: string; start: number; end: number }

/** The words of a text (letters and digits), with their positions and folded forms. */
export function words(value: string): Word[] {
  const out: Word[] = []
  for (const match of value.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const start = match.index ?? 0
    out.push({ text: match[0], folded: fold(match[0]), start, end: start + match[0].length })
  }
  return out
}

/** The folded words of a query, without duplicates. */
export function queryTerms(q: string): string[] {
  return [...new Set(words(q).map((word) => word.folded))]
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (a === b) return 0
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0)
    row[0] = i
    return row
  })
  for (let j = 0; j < cols; j++) d[0][j] = j
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2][j - 2] + 1)
      d[i][j] = value
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
  }
  return d[a.length][b.length]
}

/** How many typos a term of this length may carry: none under 4 letters, one up to 7, then two. */
export function typoBudget(term: string): number {
  if (term.length < 4) return 0
  if (term.length < 8) return 1
  return 2
}

/** Whether a document word matches a query term: equal, a prefix of the last term, or within its typo budget. */
export function wordMatches(word: string, term: string, isLast: boolean): boolean {
  if (word === term) return true
  if (isLast && term.length >= 2 && word.startsWith(term)) return true
  const budget = typoBudget(term)
  return budget > 0 && editDistance(word, term, budget) <= budget
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
}

/**
 * The text, HTML-escaped, with the words that match a query term wrapped in `<mark>…</mark>`;
 * null when nothing matches. Matching is diacritics-insensitive and typo-tolerant, so
 * "mat ong" marks "Mật ong" and "nuoc mamm" marks "Nước mắm".
 */
export function highlight(
  text: string | null | undefined,
  terms: string[],
  tags = { pre: "<mark>", post: "</mark>" },
): string | null {
  if (!text || !terms.length) return null
  let out = ""
  let cursor = 0
  let marked = false
  const all = words(text)
  // A term found as written marks only itself: "nuoc" does not also mark "quoc".
  const written = new Set(
    terms.filter((term, i) =>
      all.some(
        (word) => word.folded === term || (i === terms.length - 1 && term.length >= 2 && word.folded.startsWith(term)),
      ),
    ),
  )
  for (const word of all) {
    const hit = terms.some((term, i) =>
      written.has(term)
        ? word.folded === term || (i === terms.length - 1 && word.folded.startsWith(term))
        : wordMatches(word.folded, term, i === terms.length - 1),
    )
    if (!hit) continue
    out += escapeHtml(text.slice(cursor, word.start)) + tags.pre + escapeHtml(word.text) + tags.post
    cursor = word.end
    marked = true
  }
  if (!marked) return null
  // Adjacent marks read as one phrase: "<mark>Mật</mark> <mark>ong</mark>" → "<mark>Mật ong</mark>".
  return (out + escapeHtml(text.slice(cursor))).replace(
    new RegExp(`${escapeRegExp(tags.post)}(\\s+)${escapeRegExp(tags.pre)}`, "g"),
    "$1",
  )
}

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

/**
 * "Did you mean": when a query term appears in none of the texts but is within its typo budget of
 * a word that does, the query with that word in its written form (diacritics included):
 * "nuoc mamm" over "Nước mắm Phú Quốc…" → "nước mắm". Null when every term matched as typed.
 */
export function didYouMean(q: string, texts: (string | null | undefined)[]): string | null {
  const terms = words(q)
  if (!terms.length) return null
  const vocabulary = new Map<string, string>()
  for (const text of texts) {
    for (const word of words(text ?? "")) {
      if (!vocabulary.has(word.folded)) vocabulary.set(word.folded, word.text.toLowerCase())
    }
  }
  let corrected = false
  const suggestion = terms.map((term) => {
    const exact = vocabulary.get(term.folded)
    if (exact) return exact
    const budget = typoBudget(term.folded)
    let best: { word: string; distance: number } | null = null
    if (budget > 0) {
      for (const [folded, written] of vocabulary) {
        const distance = editDistance(folded, term.folded, budget)
        if (distance <= budget && (!best || distance < best.distance)) best = { word: written, distance }
      }
    }
    if (!best) return term.text.toLowerCase()
    corrected = true
    return best.word
  })
  return corrected ? suggestion.join(" ") : null
}
