import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { inspectImage } from "./inspect-image"
import { IMAGE_LIMITS } from "./limits"
import { renderVariants, variantWidths } from "./render-variants"

/** A real photo-like JPEG (noise, so it does not compress to nothing) with EXIF and a GPS tag. */
async function photo(width: number, height: number, orientation = 1): Promise<Buffer> {
  const channels = 3
  const pixels = Buffer.alloc(width * height * channels)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251
  return sharp(pixels, { raw: { width, height, channels } })
    .jpeg({ quality: 80 })
    .withExif({ IFD0: { Make: "Hợp tác xã Chè Tân Cương" }, IFD3: { GPSLatitudeRef: "N" } })
    .withMetadata({ orientation })
    .toBuffer()
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png()
    .toBuffer()

describe("inspectImage", () => {
  it("recognises a JPEG by its content and reports the upright size", async () => {
    const content = await photo(400, 300, 6)
    await expect(inspectImage({ filename: "chè.jpg", content })).resolves.toEqual({
      format: "jpeg",
      width: 300,
      height: 400,
    })
  })

  it("recognises a PNG whatever its name says", async () => {
    const content = await png(200, 100)
    await expect(inspectImage({ filename: "photo.jpg", content })).resolves.toMatchObject({ format: "png" })
  })

  it("refuses a PDF renamed as .jpg, naming the file", async () => {
    const content = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    await expect(inspectImage({ filename: "giay-chung-nhan.jpg", content })).rejects.toMatchObject({
      type: "invalid_data",
      message: expect.stringMatching(/^files \(giay-chung-nhan\.jpg\): /),
    })
  })

  it("refuses a truncated JPEG whose header is intact", async () => {
    const whole = await photo(800, 600)
    const content = whole.subarray(0, Math.floor(whole.length / 2))
    await expect(sharp(content).metadata()).resolves.toMatchObject({ width: 800 })
    await expect(inspectImage({ filename: "cut.jpg", content })).rejects.toMatchObject({
      type: "invalid_data",
      message: "files (cut.jpg): the image is corrupt or truncated",
    })
  })

  it("refuses an image with a side over the limit", async () => {
    const content = await png(IMAGE_LIMITS.maxSide + 1000, 80)
    await expect(inspectImage({ filename: "banner.png", content })).rejects.toMatchObject({
      type: "invalid_data",
      message: `files (banner.png): ${IMAGE_LIMITS.maxSide + 1000}×80 px is too large (at most ${IMAGE_LIMITS.maxSide} px a side)`,
    })
  })

  it("refuses a file over the byte limit before decoding it", async () => {
    const content = Buffer.alloc(IMAGE_LIMITS.maxBytes + 1)
    await expect(inspectImage({ filename: "big.jpg", content })).rejects.toMatchObject({
      message: "files (big.jpg): the file is 10.0 MB, the limit is 10 MB",
    })
  })

  it("refuses a tiny image and random bytes", async () => {
    await expect(inspectImage({ filename: "dot.png", content: await png(10, 10) })).rejects.toMatchObject({
      message: expect.stringContaining("too small"),
    })
    await expect(
      inspectImage({ filename: "x.webp", content: Buffer.from("not an image at all") }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^files \(x\.webp\): not an image/),
    })
  })
})

describe("renderVariants", () => {
  it("makes the original without EXIF plus WebP and AVIF at 320/640/1280", async () => {
    const upload = { filename: "tea.jpg", content: await photo(2000, 1500) }
    const variants = await renderVariants(upload, await inspectImage(upload))

    expect(variants.map(({ format, width, height }) => `${format}:${width}x${height}`).sort()).toEqual(
      [
        "original:2000x1500",
        "webp:320x240",
        "webp:640x480",
        "webp:1280x960",
        "avif:320x240",
        "avif:640x480",
        "avif:1280x960",
      ].sort(),
    )
    for (const variant of variants) {
      const metadata = await sharp(variant.content).metadata()
      expect(metadata.format === "heif" ? "avif" : metadata.format).toBe(
        variant.format === "original" ? "jpeg" : variant.format,
      )
      expect(metadata.exif).toBeUndefined()
      expect(variant.mimeType).toBe({ original: "image/jpeg", webp: "image/webp", avif: "image/avif" }[variant.format])
    }
    const original = await sharp(upload.content).metadata()
    expect(original.exif).toBeDefined()
  })

  it("applies the EXIF orientation before dropping it", async () => {
    const upload = { filename: "portrait.jpg", content: await photo(800, 600, 6) }
    const variants = await renderVariants(upload, await inspectImage(upload))
    const byKey = Object.fromEntries(variants.map((v) => [`${v.format}:${v.width}`, v]))
    expect(byKey["original:600"].height).toBe(800)
    expect(byKey["webp:320"].height).toBe(Math.round((320 * 800) / 600))
    expect((await sharp(byKey["original:600"].content).metadata()).orientation).toBeUndefined()
  })

  it("never upscales a small image", async () => {
    expect(variantWidths(500)).toEqual([320, 500])
    expect(variantWidths(200)).toEqual([200])
    const upload = { filename: "small.png", content: await png(500, 400) }
    const variants = await renderVariants(upload, await inspectImage(upload))
    expect(Math.max(...variants.map((v) => v.width))).toBe(500)
    expect(variants.filter((v) => v.format === "webp").map((v) => v.width)).toEqual([320, 500])
    expect(variants.find((v) => v.format === "original")?.mimeType).toBe("image/png")
  })
})
