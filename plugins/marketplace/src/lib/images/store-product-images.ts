import { uploadFilesWorkflow } from "@medusajs/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { slugify } from "@ocop/reference"
import { inspectImage, type UploadedImage } from "./inspect-image"
import { renderVariants, type RenderedVariant, type VariantFormat } from "./render-variants"

export interface StoredImageVariant {
  format: VariantFormat
  width: number
  url: string
}

/** One uploaded image: the original (its id and URL are the product image) and its renditions. */
export interface StoredProductImage {
  id: string
  url: string
  width: number
  height: number
  variants: StoredImageVariant[]
  /** The File Module ids of the original and every rendition (to delete them all). */
  file_ids: string[]
}

/** "Mật ong rừng.JPG" → "mat-ong-rung": a file name safe in any URL. */
function baseName(filename: string): string {
  return slugify(filename.replace(/\.[^.]*$/, "")) || "image"
}

/**
 * Checks every upload first (one bad file refuses the whole request, nothing stored), renders the
 * variants, then stores them all through the File Module in one workflow (which deletes what it
 * stored if a later file fails).
 */
export async function storeProductImages(
  container: MedusaContainer,
  uploads: UploadedImage[],
): Promise<StoredProductImage[]> {
  const inspected = await Promise.all(uploads.map(inspectImage))
  const rendered: RenderedVariant[][] = []
  for (const [index, upload] of uploads.entries()) {
    rendered.push(await renderVariants(upload, inspected[index]))
  }
  const files = rendered.flatMap((variants, index) =>
    variants.map((variant) => ({
      filename: `${baseName(uploads[index].filename)}-${variant.format === "original" ? "original" : `${variant.width}w`}.${variant.extension}`,
      mimeType: variant.mimeType,
      content: variant.content.toString("base64"),
      access: "public" as const,
    })),
  )
  const { result: stored } = await uploadFilesWorkflow(container).run({ input: { files } })

  let next = 0
  return rendered.map((variants) => {
    const withUrls = variants.map((variant) => ({ ...variant, file: stored[next++] }))
    const original = withUrls[0]
    return {
      id: original.file.id,
      url: original.file.url,
      width: original.width,
      height: original.height,
      variants: withUrls.map(({ format, width, file }) => ({ format, width, url: file.url })),
      file_ids: withUrls.map(({ file }) => file.id),
    }
  })
}
