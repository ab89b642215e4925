import sharp from "sharp"
import type { InspectedImage, UploadedImage } from "./inspect-image"
import { IMAGE_LIMITS } from "./limits"

export type VariantFormat = "original" | "webp" | "avif"

export interface RenderedVariant {
  format: VariantFormat
  width: number
  height: number
  mimeType: string
  extension: string
  content: Buffer
}

const ORIGINAL_ENCODING: Record<InspectedImage["format"], { mimeType: string; extension: string }> = {
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  png: { mimeType: "image/png", extension: "png" },
  webp: { mimeType: "image/webp", extension: "webp" },
  avif: { mimeType: "image/avif", extension: "avif" },
  heif: { mimeType: "image/avif", extension: "avif" },
}

/** The widths to render: the configured ones, capped at the original width (never upscaled). */
export function variantWidths(originalWidth: number): number[] {
  return [...new Set(IMAGE_LIMITS.widths.map((width) => Math.min(width, originalWidth)))]
}

/**
 * The original re-encoded in its own format, upright and without EXIF (sharp drops metadata
 * unless asked to keep it: no GPS position of the farm leaks), plus WebP and AVIF at each width.
 * AVIF uses a low effort: at the default effort a 1280 px AVIF takes seconds on these machines.
 */
export async function renderVariants(upload: UploadedImage, inspected: InspectedImage): Promise<RenderedVariant[]> {
  const upright = () => sharp(upload.content, { limitInputPixels: IMAGE_LIMITS.maxPixels }).autoOrient()
  const original = ORIGINAL_ENCODING[inspected.format]
  const encodeOriginal =
    inspected.format === "heif" ? upright().avif({ effort: 2 }) : upright().toFormat(inspected.format)
  const renditions: Promise<RenderedVariant>[] = [
    encodeOriginal.toBuffer({ resolveWithObject: true }).then(({ data, info }) => ({
      format: "original",
      width: info.width,
      height: info.height,
      ...original,
      content: data,
    })),
  ]
  for (const width of variantWidths(inspected.width)) {
    renditions.push(
      upright()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true })
        .then(({ data, info }) => ({
          format: "webp",
          width: info.width,
          height: info.height,
          mimeType: "image/webp",
          extension: "webp",
          content: data,
        })),
      upright()
        .resize({ width, withoutEnlargement: true })
        .avif({ quality: 55, effort: 2 })
        .toBuffer({ resolveWithObject: true })
        .then(({ data, info }) => ({
          format: "avif",
          width: info.width,
          height: info.height,
          mimeType: "image/avif",
          extension: "avif",
          content: data,
        })),
    )
  }
  return Promise.all(renditions)
}
