import { parseWebUrl } from "@ocop/plugin-ocop/validation"

/**
 * Links a producer or an officer may put on a public page. Only https: a story's video must be a
 * YouTube or Vimeo video (the storefront embeds it from the provider's own player address, never
 * from the link as typed); a live session's stream may be any https page (Facebook, TikTok, YouTube…).
 */

export interface VideoEmbed {
  provider: "youtube" | "vimeo"
  id: string
  embed_url: string
}

/** A public https address (a host with a domain); photos take any http(s) address (`webUrl`). */
function parseHttps(value: string): URL | null {
  const url = parseWebUrl(value)
  return url?.protocol === "https:" && url.hostname.includes(".") ? url : null
}

export function isHttpsUrl(value: string): boolean {
  return parseHttps(value) !== null
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/

/** The embeddable player of a YouTube or Vimeo video link; null for anything else. */
export function videoEmbed(value: string): VideoEmbed | null {
  const url = parseHttps(value)
  if (!url) return null
  const host = url.hostname.replace(/^(www|m)\./, "")
  let youtube: string | null = null
  if (host === "youtu.be") youtube = url.pathname.slice(1)
  else if (host === "youtube.com" && url.pathname === "/watch") youtube = url.searchParams.get("v")
  else if (host === "youtube.com") youtube = url.pathname.match(/^\/(?:embed|shorts|live)\/([^/]+)$/)?.[1] ?? null
  if (youtube && YOUTUBE_ID.test(youtube)) {
    return { provider: "youtube", id: youtube, embed_url: `https://www.youtube-nocookie.com/embed/${youtube}` }
  }
  if (host === "vimeo.com" || host === "player.vimeo.com") {
    const id = url.pathname.match(/^\/(?:video\/)?(\d{5,12})$/)?.[1]
    if (id) return { provider: "vimeo", id, embed_url: `https://player.vimeo.com/video/${id}` }
  }
  return null
}
