/** The page of notifications a URL asks for (?offset=), never negative nor absurd. */
export function pageOffset(url: URL): number {
  const offset = Number(url.searchParams.get("offset") ?? 0)
  return Number.isInteger(offset) && offset > 0 && offset < 100_000 ? offset : 0
}
