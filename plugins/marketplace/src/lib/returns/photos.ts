import sharp from "sharp"
import { inspectImage, type UploadedImage } from "../images"

/** Longest side of a stored return photo: enough to see a broken seal or a label. */
const PHOTO_SIDE = 1600

export interface PreparedPhoto {
  filename: string
  mimeType: string
  content: string
}

/**
 * Checks each photo as product images are checked (content, size, dimensions, not truncated: one bad
 * file refuses the request) and re-encodes it to WebP within 1600 px, which drops EXIF (the buyer's
 * location) on the way. Nothing is stored here: the request's workflow stores them.
 */
export async function prepareReturnPhotos(uploads: UploadedImage[]): Promise<PreparedPhoto[]> {
  for (const upload of uploads) await inspectImage(upload)
  const prepared: PreparedPhoto[] = []
  for (const [index, upload] of uploads.entries()) {
    const content = await sharp(upload.content)
      .rotate()
      .resize({ width: PHOTO_SIDE, height: PHOTO_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer()
    prepared.push({
      filename: `return-photo-${index + 1}.webp`,
      mimeType: "image/webp",
      content: content.toString("base64"),
    })
  }
  return prepared
}
