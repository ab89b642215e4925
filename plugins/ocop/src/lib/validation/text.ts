import { z } from "@medusajs/framework/zod"
import { fieldMessage } from "./field-message"
import { CONTROL_CHARACTERS } from "./web-address"

/**
 * Text a person types. PostgreSQL cannot store a NUL character (text or jsonb), and other C0/C1
 * control characters have no place in a name or a description: both are refused with a 400 naming
 * the field, before anything reaches the database. Tab, line feed and carriage return stay allowed
 * in multi-line texts.
 */

const LINE_BREAKS = /[\t\n\r]/

/** Sane upper bounds shared by every route. */
export const TEXT_LIMITS = {
  /** A person's, seller's, company's or product's name; a title. */
  name: 200,
  /** A short line: a reason, a place, an address line, a note. */
  line: 500,
  /** A description or a story. */
  long: 10_000,
} as const

export function hasControlCharacters(value: string, allowLineBreaks = false): boolean {
  if (!allowLineBreaks && LINE_BREAKS.test(value)) return true
  return CONTROL_CHARACTERS.test(value)
}

/** A trimmed text of `min` to `max` characters without control characters (but line breaks where allowed). */
function typedText(max: number, min: number, allowLineBreaks: boolean) {
  return z
    .string()
    .trim()
    .min(min, min > 1 ? `at least ${min} characters` : "must not be empty")
    .max(max, `at most ${max} characters`)
    .refine(
      (value) => !hasControlCharacters(value, allowLineBreaks),
      fieldMessage(
        allowLineBreaks
          ? "must not contain control characters (NUL, escape codes)"
          : "must not contain control characters (NUL, line breaks, escape codes)",
      ),
    )
}

/** A single-line text (a name, a code, a title): trimmed, no control characters, at most `max` characters. */
export function singleLine(max: number = TEXT_LIMITS.name, min = 0) {
  return typedText(max, min, false)
}

/** A multi-line text (a description, a story, a note): line breaks allowed, other control characters refused. */
export function multiLine(max: number = TEXT_LIMITS.long, min = 0) {
  return typedText(max, min, true)
}

/** A name: 2 to 200 characters on one line. */
export const nameText = (max: number = TEXT_LIMITS.name) => singleLine(max, 2)
