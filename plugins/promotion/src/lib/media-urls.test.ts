import { describe, expect, it } from "vitest"
import { isHttpsUrl, streamEmbed, videoEmbed } from "./media-urls"

describe("videoEmbed", () => {
  it("accepts YouTube and Vimeo links over https and gives the provider's player", () => {
    expect(videoEmbed("https://www.youtube.com/watch?v=dQw4w9WgXcQ")?.embed_url).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    )
    expect(videoEmbed("https://youtu.be/dQw4w9WgXcQ")?.id).toBe("dQw4w9WgXcQ")
    expect(videoEmbed("https://vimeo.com/76979871")).toEqual({
      provider: "vimeo",
      id: "76979871",
      embed_url: "https://player.vimeo.com/video/76979871",
    })
  })

  it("refuses other hosts, plain http, scripts and malformed ids", () => {
    for (const bad of [
      "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "javascript:alert(1)",
      "https://evil.example/watch?v=dQw4w9WgXcQ",
      "https://www.youtube.com/watch?v=short",
      "https://vimeo.com/channels/staff",
      "not a url",
    ]) {
      expect(videoEmbed(bad)).toBeNull()
    }
  })
})

describe("isHttpsUrl", () => {
  it("accepts https pages only", () => {
    expect(isHttpsUrl("https://www.facebook.com/htx.che/live")).toBe(true)
    expect(isHttpsUrl("http://example.vn/live")).toBe(false)
    expect(isHttpsUrl("rtmp://stream.example.vn/live")).toBe(false)
    expect(isHttpsUrl("https://user:pw@example.vn/")).toBe(false)
  })
})

describe("streamEmbed", () => {
  it("embeds YouTube and Facebook videos from the providers' own players, rebuilt from the parsed link", () => {
    expect(streamEmbed("https://www.youtube.com/live/dQw4w9WgXcQ?si=x")).toEqual({
      provider: "youtube",
      embed_url: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    })
    expect(streamEmbed("https://www.facebook.com/htx.che/videos/1234567890/?ref=share")).toEqual({
      provider: "facebook",
      embed_url:
        "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fhtx.che%2Fvideos%2F1234567890%2F&show_text=false",
    })
    expect(streamEmbed("https://m.facebook.com/watch/?v=987654321")?.embed_url).toContain(
      encodeURIComponent("https://www.facebook.com/watch/?v=987654321"),
    )
  })

  it("leaves any other stream as a link: channel pages, other hosts, look-alike hosts, plain http, scripts", () => {
    for (const other of [
      "https://www.facebook.com/htx.che/live",
      "https://www.tiktok.com/@htx.matong/live",
      "https://www.youtube.com/@htx/live",
      "https://vimeo.com/76979871",
      "https://facebook.com.evil.example/htx/videos/1234567890",
      "https://evil.example/?u=https://www.facebook.com/htx/videos/1234567890",
      "http://www.facebook.com/htx.che/videos/1234567890",
      "javascript:alert(1)",
      "https://www.facebook.com/htx%22onload/videos/1234567890",
    ]) {
      expect({ other, embed: streamEmbed(other) }).toEqual({ other, embed: null })
    }
  })
})
