import { describe, expect, it } from "vitest"
import { isHttpsUrl, videoEmbed } from "./media-urls"

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
