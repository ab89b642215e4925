import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"
import { IMAGE_LIMITS, type AcceptedImageFormat } from "./limits"

export interface UploadedImage {
  filename: string
  content: Buffer
}

export interface InspectedImage {
  format: AcceptedImageFormat
  /** Size once EXIF orientation is applied (what the customer sees). */
  width: number
  height: number
}

function refuse(filename: string, reason: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `files (${filename}): ${reason}`)
}

/**
 * Checks an upload by its content: a readable image of an accepted format within the size and
 * dimension limits, decoded to the end (a truncated file fails here, not halfway through storing).
 * Throws a 400 naming the file otherwise.
 */
export async function inspectImage({ filename, content }: UploadedImage): Promise<InspectedImage> {
  if (content.length > IMAGE_LIMITS.maxBytes) {
    const mb = (IMAGE_LIMITS.maxBytes / 1024 / 1024).toFixed(0)
    throw refuse(filename, `the file is ${(content.length / 1024 / 1024).toFixed(1)} MB, the limit is ${mb} MB`)
  }
  let metadata: sharp.Metadata
  try {
    metadata = await sharp(content).metadata()
  } catch {
    throw refuse(filename, `not an image (accepted: ${IMAGE_LIMITS.formats.join(", ")})`)
  }
  const format = metadata.format as string | undefined
  if (!format || !(IMAGE_LIMITS.formats as readonly string[]).includes(format)) {
    throw refuse(filename, `the content is ${format ?? "unknown"}, accepted: ${IMAGE_LIMITS.formats.join(", ")}`)
  }
  const { width, height } = metadata.autoOrient ?? metadata
  if (!width || !height) throw refuse(filename, "the image has no dimensions")
  if (Math.max(width, height) > IMAGE_LIMITS.maxSide || width * height > IMAGE_LIMITS.maxPixels) {
    throw refuse(filename, `${width}×${height} px is too large (at most ${IMAGE_LIMITS.maxSide} px a side)`)
  }
  if (Math.min(width, height) < IMAGE_LIMITS.minSide) {
    throw refuse(filename, `${width}×${height} px is too small (at least ${IMAGE_LIMITS.minSide} px a side)`)
  }
  try {
    await sharp(content, { failOn: "truncated", limitInputPixels: IMAGE_LIMITS.maxPixels }).toBuffer()
  } catch {
    throw refuse(filename, "the image is corrupt or truncated")
  }
  return { format: format as AcceptedImageFormat, width, height }
}
