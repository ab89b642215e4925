/**
 * The page of a list a URL asks for (`?page=N`, from 1), as the backend's limit and offset, and
 * the link to another page of the same list (its other parameters kept).
 */
export function listPage(url: URL, limit: number) {
  const asked = Number(url.searchParams.get("page"))
  const page = Number.isInteger(asked) && asked >= 1 && asked <= 10_000 ? asked : 1
  return { page, limit, offset: (page - 1) * limit }
}

/** How many pages `count` rows make, `limit` a page (at least one). */
export function pageCount(count: number, limit: number) {
  return Math.max(1, Math.ceil(count / limit))
}
