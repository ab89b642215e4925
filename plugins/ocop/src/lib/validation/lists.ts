import { z } from "@medusajs/framework/zod"

/** A query parameter's values, `a,b` or the parameter repeated → a list of strings (none when absent). */
export function splitQueryList(value: unknown) {
  return value === undefined || value === ""
    ? undefined
    : (Array.isArray(value) ? value : String(value).split(",")).map((v) => String(v).trim())
}

/** A query parameter listing values, `a,b` or the parameter repeated → a list of `item` (at most `max`). */
export function queryList<T extends z.ZodTypeAny>(item: T, max?: number) {
  const items = z.array(item)
  return z.preprocess(splitQueryList, (max === undefined ? items : items.max(max)).optional())
}

/** The same list, required: between `min` and `max` values. */
export function requiredQueryList<T extends z.ZodTypeAny>(item: T, min: number, max: number) {
  return z.preprocess(splitQueryList, z.array(item).min(min).max(max))
}
