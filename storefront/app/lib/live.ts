/** Live selling on the pages: session prices, the stream player's allow-list, the countdown's parts. */

/** A session price: percent off, or whole VND off each unit. */
export type LiveDiscount = { type: "percentage" | "fixed"; value: number }

/** The session price of a unit at `price` VND (what Medusa's promotion takes off, rounded to the đồng). */
export function sessionPrice(price: number, discount: LiveDiscount | null): number {
  if (!discount) return price
  const off = discount.type === "percentage" ? Math.round((price * discount.value) / 100) : discount.value
  return Math.max(0, price - off)
}

/**
 * The stream players a page may frame: YouTube's privacy-enhanced player and Facebook's video
 * plugin, the addresses the backend builds from a parsed link. Anything else is shown as a link.
 */
export function streamPlayer(embedUrl: unknown): string | undefined {
  if (typeof embedUrl !== "string") return undefined
  let url: URL
  try {
    url = new URL(embedUrl)
  } catch {
    return undefined
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return undefined
  if (url.hostname === "www.youtube-nocookie.com" && /^\/embed\/[A-Za-z0-9_-]{11}$/.test(url.pathname)) return url.href
  if (url.hostname === "www.facebook.com" && url.pathname === "/plugins/video.php") {
    const video = url.searchParams.get("href") ?? ""
    return /^https:\/\/(www\.facebook\.com|fb\.watch)\//.test(video) ? url.href : undefined
  }
  return undefined
}

/** Whole days, hours, minutes and seconds in `ms` (never negative). */
export function timeParts(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000))
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3_600),
    minutes: Math.floor((total % 3_600) / 60),
    seconds: total % 60,
  }
}
