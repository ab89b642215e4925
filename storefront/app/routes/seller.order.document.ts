import { data } from "react-router"
import type { Route } from "./+types/seller.order.document"
import { langFromPath } from "../i18n"
import { isNotFound } from "../lib/medusa.server"
import { requireSeller, sellerDownload } from "../lib/seller.server"

/** The seller's order confirmation or delivery note of its own part (print-ready HTML); another seller's order → 404. */
export async function loader({ request, url, params }: Route.LoaderArgs) {
  const { token } = await requireSeller(request, url, langFromPath(url.pathname))
  try {
    const upstream = await sellerDownload(
      token,
      `/sellers/me/wholesale/orders/${encodeURIComponent(params.id)}/documents/${encodeURIComponent(params.kind)}`,
      {},
    )
    return new Response(upstream.body, {
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
    })
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}
