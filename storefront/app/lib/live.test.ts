import { describe, expect, it } from "vitest"
import { sessionPrice, streamPlayer, timeParts } from "./live"

describe("sessionPrice", () => {
  it("takes the percentage (rounded to the đồng) or the amount off, never below zero", () => {
    expect(sessionPrice(120_000, { type: "percentage", value: 20 })).toBe(96_000)
    expect(sessionPrice(85_555, { type: "percentage", value: 10 })).toBe(76_999)
    expect(sessionPrice(85_000, { type: "fixed", value: 10_000 })).toBe(75_000)
    expect(sessionPrice(5_000, { type: "fixed", value: 10_000 })).toBe(0)
    expect(sessionPrice(85_000, null)).toBe(85_000)
  })
})

describe("streamPlayer", () => {
  it("frames only YouTube's privacy-enhanced player and Facebook's video plugin for a Facebook video", () => {
    expect(streamPlayer("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    )
    const facebook = `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent("https://www.facebook.com/htx/videos/1234567")}`
    expect(streamPlayer(facebook)).toBe(facebook)
    for (const other of [
      "https://www.youtube.com/embed/dQw4w9WgXcQ",
      "http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ/../../x",
      "https://www.facebook.com/plugins/video.php?href=https://evil.example/v",
      "https://www.facebook.com/htx/videos/1234567",
      "https://evil.example/embed/dQw4w9WgXcQ",
      "javascript:alert(1)",
      "",
      null,
    ])
      expect({ other, player: streamPlayer(other) }).toEqual({ other, player: undefined })
  })
})

describe("timeParts", () => {
  it("splits a duration into days, hours, minutes and seconds, never negative", () => {
    expect(timeParts(((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 + 999)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    })
    expect(timeParts(-5000)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 })
  })
})
