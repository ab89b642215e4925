import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "./field-message"
import { isHttpsUrl, isWebUrl, MAX_URL_LENGTH } from "./web-address"

export * from "./web-address"

/** An http(s) address; the message names the field and what is expected. */
export function webUrl(message = "an http:// or https:// address") {
  return z
    .string()
    .trim()
    .max(MAX_URL_LENGTH, `at most ${MAX_URL_LENGTH} characters`)
    .refine(isWebUrl, fieldMessage(message))
}

/** An https address only (live streams, embeds). */
export function httpsUrl(message = "an https:// address") {
  return z
    .string()
    .trim()
    .max(MAX_URL_LENGTH, `at most ${MAX_URL_LENGTH} characters`)
    .refine(isHttpsUrl, fieldMessage(message))
}
