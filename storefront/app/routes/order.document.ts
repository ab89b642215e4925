import { data } from "react-router"
import type { Route } from "./+types/order.document"
import { errorStatus } from "../lib/medusa.server"
import { getSession } from "../lib/session.server"
import { orderDocument } from "../lib/wholesale.server"

/** One seller's order confirmation or delivery note (print-ready HTML) of the signed-in customer's own order. */
export async function loader({ request, params, url }: Route.LoaderArgs) {
  const token = (await getSession(request)).get("token")
  if (!token) throw data(null, { status: 404 })
  try {
    const upstream = await orderDocument(token, params.id, params.kind, url.searchParams.get("seller") ?? "")
    return new Response(upstream.body, {
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
    })
  } catch (error) {
    throw data(null, { status: errorStatus(error) === 400 ? 400 : 404 })
  }
}
