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

export interface StreamEmbed {
  provider: "youtube" | "facebook"
  embed_url: string
}

const FACEBOOK_HOSTS = new Set(["facebook.com", "web.facebook.com"])
const FACEBOOK_PATH = /^\/[A-Za-z0-9.]{1,80}\/videos\/(?:[A-Za-z0-9-]{1,80}\/)?\d{5,25}\/?$/

/**
 * The embeddable player of a live stream, on an allow-list: a YouTube video (or live) link plays
 * from youtube-nocookie, a Facebook video from Facebook's own video plugin, rebuilt from the parsed
 * parts (never the link as typed). Anything else (a channel page, TikTok…) is shown as a link.
 */
export function streamEmbed(value: string): StreamEmbed | null {
  const video = videoEmbed(value)
  if (video?.provider === "youtube") return { provider: "youtube", embed_url: video.embed_url }
  const url = parseHttps(value)
  if (!url) return null
  const host = url.hostname.replace(/^(www|m)\./, "")
  let canonical: string | null = null
  if (FACEBOOK_HOSTS.has(host) && FACEBOOK_PATH.test(url.pathname))
    canonical = `https://www.facebook.com${url.pathname}`
  else if (
    FACEBOOK_HOSTS.has(host) &&
    /^\/watch\/?$/.test(url.pathname) &&
    /^\d{5,25}$/.test(url.searchParams.get("v") ?? "")
  )
    canonical = `https://www.facebook.com/watch/?v=${url.searchParams.get("v")}`
  else if (host === "fb.watch" && /^\/[A-Za-z0-9_-]{4,20}\/?$/.test(url.pathname))
    canonical = `https://fb.watch${url.pathname}`
  if (!canonical) return null
  return {
    provider: "facebook",
    embed_url: `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(canonical)}&show_text=false`,
  }
}
