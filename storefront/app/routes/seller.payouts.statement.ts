import type { Route } from "./+types/seller.payouts.statement"
import { langFromPath } from "../i18n"
import { payoutPeriod, requireSeller, sellerDownload } from "../lib/seller.server"

/** The payout statement CSV, fetched from the backend with the seller's token (never exposed). */
export async function loader({ request, url }: Route.LoaderArgs) {
  const { token } = await requireSeller(request, url, langFromPath(url.pathname))
  const period = payoutPeriod(url.searchParams.get("period"))
  const upstream = await sellerDownload(token, "/sellers/me/payouts/statement.csv", { period })
  return new Response(upstream.body, {
    headers: {
      "Content-Type": upstream.headers.get("Content-Type") ?? "text/csv; charset=utf-8",
      "Content-Disposition":
        upstream.headers.get("Content-Disposition") ?? `attachment; filename="payouts-${period}.csv"`,
      "Cache-Control": "private, no-store",
    },
  })
}
