import type { Route } from "./+types/trace-digests"
import { errorStatus, sdk } from "../lib/medusa.server"

/**
 * The published digests of every lot's history, on the storefront's own address (the backend's
 * `GET /store/ocop/trace/digests[/:date]`, passed through as JSON): a root kept from here lets
 * anyone prove later that a lot's history was rewritten.
 */
export async function loader({ params, request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const path = params.date
    ? `/store/ocop/trace/digests/${encodeURIComponent(params.date)}`
    : "/store/ocop/trace/digests"
  const query = Object.fromEntries(url.searchParams)
  try {
    const body = await sdk.client.fetch<unknown>(path, { query })
    return Response.json(body, { headers: { "Cache-Control": "public, max-age=300" } })
  } catch (error) {
    const status = errorStatus(error)
    if (status && status >= 400 && status < 500) {
      return Response.json({ message: (error as Error).message }, { status, headers: { "Cache-Control": "no-store" } })
    }
    return Response.json(
      { message: "The traceability service is not answering; try again in a few minutes." },
      { status: 503 },
    )
  }
}
