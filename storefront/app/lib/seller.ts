/** Seller portal code shared by the server and the browser. */

/** One stored upload: the original and its renditions (plugins/marketplace lib/images). */
export interface UploadedImage {
  id: string
  url: string
  width: number
  height: number
  variants: { format: "original" | "webp" | "avif"; width: number; url: string }[]
}

/** srcset of an upload's WebP renditions, which every current browser reads. */
export function uploadSrcSet(image: UploadedImage): string {
  return image.variants
    .filter((variant) => variant.format === "webp")
    .map((variant) => `${variant.url} ${variant.width}w`)
    .join(", ")
}
