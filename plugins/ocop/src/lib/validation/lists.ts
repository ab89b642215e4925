import { z } from "@medusajs/framework/zod"

/** A query parameter listing values, `a,b` or the parameter repeated → a list of `item` (at most `max`). */
export function queryList<T extends z.ZodTypeAny>(item: T, max?: number) {
  const items = z.array(item)
  return z.preprocess(
    (value) =>
      value === undefined || value === ""
        ? undefined
        : (Array.isArray(value) ? value : String(value).split(",")).map((v) => String(v).trim()),
    (max === undefined ? items : items.max(max)).optional(),
  )
}
