import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isWebUrl } from "../validation/web-address"

/**
 * Medusa's own product routes (`POST /admin/products`, `/admin/products/:id`) take any string as
 * an image address. The same rule as on the plugins' routes holds there: `thumbnail` and every
 * `images[].url` are http(s), or the request is refused with a 400 naming the field.
 */
export function refuseNonWebProductImages(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { thumbnail?: unknown; images?: unknown }
  const problems: string[] = []
  if (body.thumbnail !== undefined && body.thumbnail !== null && !isWebUrl(body.thumbnail)) problems.push("thumbnail")
  if (Array.isArray(body.images)) {
    body.images.forEach((image, i) => {
      if (image && typeof image === "object" && "url" in image && !isWebUrl((image as { url: unknown }).url))
        problems.push(`images.${i}.url`)
    })
  }
  if (problems.length)
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, `${problems.join(", ")}: an http:// or https:// address`),
    )
  next()
}
