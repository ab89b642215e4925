import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "./field-message"

/**
 * Ids of records (Medusa's `prefix_01J…` ids and the plugins' own): 1 to 100 letters, digits,
 * `_` or `-`. An empty or blank id, or one with other characters, is a 400 naming the field.
 */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/

export function recordId(message = "an id (letters, digits, _ and -)") {
  return z.string().trim().regex(ID_PATTERN, fieldMessage(message))
}
