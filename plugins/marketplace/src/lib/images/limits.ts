/** What a seller may upload as a product image, and what is made of it. */
export const IMAGE_LIMITS = {
  /** Bytes of the uploaded file. */
  maxBytes: 10 * 1024 * 1024,
  /** Longest side in pixels, and total pixels (a 1×100000 strip is refused as well as a 10000² photo). */
  maxSide: 8000,
  maxPixels: 40_000_000,
  /** Shortest side: a thumbnail smaller than this is useless on a product page. */
  minSide: 64,
  /** Formats recognised by content (sharp's metadata), whatever the file name says. */
  formats: ["jpeg", "png", "webp", "avif", "heif"] as const,
  /** Widths of the WebP and AVIF renditions for srcset; never larger than the original. */
  widths: [320, 640, 1280] as const,
}

export type AcceptedImageFormat = (typeof IMAGE_LIMITS.formats)[number]
