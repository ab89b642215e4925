import type { SellerImage } from "./seller.server"

/** The images a product keeps, by URL: each once, in the order given (the first is the thumbnail). */
export function uniqueImages(images: SellerImage[]): SellerImage[] {
  const seen = new Set<string>()
  return images
    .filter((image) => !seen.has(image.url) && seen.add(image.url))
    .map(({ url, metadata }) => (metadata ? { url, metadata } : { url }))
}

/** The product's images with new uploads after them; an image already there is not added twice. */
export function withUploads(existing: SellerImage[], uploaded: SellerImage[]): SellerImage[] {
  return uniqueImages([...existing, ...uploaded])
}

/** The product's images without the one at `url`. */
export function withoutImage(images: SellerImage[], url: string): SellerImage[] {
  return uniqueImages(images.filter((image) => image.url !== url))
}

/** The product's images with the one at `url` moved one place earlier (-1) or later (+1). */
export function movedImage(images: SellerImage[], url: string, by: -1 | 1): SellerImage[] {
  const list = uniqueImages(images)
  const from = list.findIndex((image) => image.url === url)
  const to = from + by
  if (from < 0 || to < 0 || to >= list.length) return list
  const [image] = list.splice(from, 1)
  list.splice(to, 0, image)
  return list
}
