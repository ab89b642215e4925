import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "./field-message"
import { isWebUrl, MAX_URL_LENGTH } from "./web-address"

export * from "./web-address"

/** An http(s) address; the message names the field and what is expected. */
export function webUrl(message = "an http:// or https:// address") {
  return z
    .string()
    .trim()
    .max(MAX_URL_LENGTH, `at most ${MAX_URL_LENGTH} characters`)
    .refine(isWebUrl, fieldMessage(message))
}
