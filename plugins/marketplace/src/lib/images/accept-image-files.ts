import { acceptFiles } from "../multipart-files"
import { IMAGE_LIMITS } from "./limits"

/** Multipart `files` of product images into req.files (at most 10, each within the byte limit). */
export const acceptImageFiles = acceptFiles({ maxBytes: IMAGE_LIMITS.maxBytes, maxFiles: 10 })
