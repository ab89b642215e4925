import { Link } from "react-router"
import { useT } from "../i18n"

/**
 * Previous / next links of a paged list, "page 2 of 7" between them; each page is a plain URL
 * (works without JavaScript, can be bookmarked). Shows nothing when everything fits on one page.
 */
export function Pages({
  page,
  pages,
  link = (n) => (n > 1 ? `?page=${n}` : "?"),
}: {
  page: number
  pages: number
  /** The URL of another page: by default this page's path with `?page=N`. */
  link?: (page: number) => string
}) {
  const { t } = useT()
  if (pages <= 1) return null
  return (
    <nav className="pagination" aria-label={t("listing.pages")}>
      {page > 1 ? (
        <Link to={link(page - 1)} rel="prev">
          ← {t("listing.prev")}
        </Link>
      ) : null}
      <span>{t("listing.page_of", { page, pages })}</span>
      {page < pages ? (
        <Link to={link(page + 1)} rel="next">
          {t("listing.next")} →
        </Link>
      ) : null}
    </nav>
  )
}
