import type { Route } from "./+types/search.suggest"
import { langFromPath } from "../i18n"
import { errorStatus } from "../lib/medusa.server"
import { suggestTitles } from "../lib/search.server"

/**
 * GET /search/suggest?q= (and /en/search/suggest): titles for the header search box's
 * suggestions, fetched as the buyer types. Without JavaScript the box simply submits to the
 * results page. A search engine that does not answer means no suggestions, not an error.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  let suggestions: string[] = []
  try {
    suggestions = await suggestTitles(url.searchParams.get("q") ?? "", langFromPath(url.pathname))
  } catch (error) {
    console.warn(`[search] suggestions failed (${errorStatus(error) ?? "no answer"})`)
  }
  return Response.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=60" } })
}
