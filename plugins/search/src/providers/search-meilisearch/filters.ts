import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's search filter tree → Meilisearch's filter expression. Values are always literals
 * (numbers, booleans, or double-quoted strings with `"` and `\` escaped), field names are checked
 * against a strict pattern, so no value can change the expression's structure.
 */

/** Meilisearch filters ISO dates as strings only: dates are stored and filtered as epoch ms beside them. */
export const DATE_SHADOW_SUFFIX = "__ts"

export function shadowField(path: string) {
  return `${path}${DATE_SHADOW_SUFFIX}`
}

function fail(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_.]*$/

export function literal(value: unknown, isDate = false): string {
  if (value instanceof Date) return String(value.getTime())
  if (isDate && typeof value === "string") {
    const ms = Date.parse(value)
    if (Number.isNaN(ms)) fail(`"${value}" is not a date`)
    return String(ms)
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail(`Filter value ${value} is not a finite number`)
    return String(value)
  }
  if (typeof value === "boolean") return value ? "true" : "false"
  if (typeof value === "string") return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
  return fail(`Unsupported filter value ${JSON.stringify(value)}`)
}

type Tree = Record<string, unknown>

export function compileFilters(
  filters: Tree | undefined,
  isDate: (path: string) => boolean = () => false,
): string | undefined {
  if (!filters) return undefined
  const sql = compileBranch(filters, isDate)
  return sql || undefined
}

function compileBranch(branch: Tree, isDate: (path: string) => boolean): string {
  const parts: string[] = []
  for (const [key, value] of Object.entries(branch)) {
    if (key === "q") continue
    if (key === "$and" || key === "$or") {
      const nested = (Array.isArray(value) ? value : []).map((b) => compileBranch(b as Tree, isDate)).filter(Boolean)
      if (nested.length) parts.push(`(${nested.map((n) => `(${n})`).join(key === "$and" ? " AND " : " OR ")})`)
      continue
    }
    if (key === "$not") {
      const nested = compileBranch(value as Tree, isDate)
      if (nested) parts.push(`NOT (${nested})`)
      continue
    }
    parts.push(fieldPredicate(key, value, isDate))
  }
  return parts.join(" AND ")
}

function fieldPredicate(path: string, raw: unknown, isDate: (path: string) => boolean): string {
  if (!FIELD.test(path)) fail(`Invalid filter field "${path}"`)
  const date = isDate(path)
  const field = date ? shadowField(path) : path
  const eq = (value: unknown) =>
    value === null || value === undefined
      ? `(${field} IS NULL OR ${field} NOT EXISTS)`
      : `${field} = ${literal(value, date)}`
  const anyOf = (values: unknown[]) => {
    if (!values.length) return "id NOT EXISTS"
    if (values.some((v) => v === null || v === undefined)) return `(${values.map(eq).join(" OR ")})`
    return `${field} IN [${values.map((v) => literal(v, date)).join(", ")}]`
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) {
    return Array.isArray(raw) ? anyOf(raw) : eq(raw)
  }
  const operators = raw as Record<string, unknown>
  const keys = Object.keys(operators)
  if (!keys.length) fail(`Empty operator map on filter field "${path}"`)
  const parts = keys.map((operator) => {
    const value = operators[operator]
    const list = Array.isArray(value) ? value : [value]
    switch (operator) {
      case "$eq":
        return eq(value)
      case "$ne":
        return value === null || value === undefined
          ? `(${field} EXISTS AND ${field} IS NOT NULL)`
          : `NOT ${field} = ${literal(value, date)}`
      case "$in":
      case "$overlaps":
        return anyOf(list)
      case "$nin":
        return list.length ? `${field} NOT IN [${list.map((v) => literal(v, date)).join(", ")}]` : "id EXISTS"
      case "$contains":
        return `(${list.map((v) => `${field} = ${literal(v, date)}`).join(" AND ")})`
      case "$gt":
        return `${field} > ${literal(value, date)}`
      case "$gte":
        return `${field} >= ${literal(value, date)}`
      case "$lt":
        return `${field} < ${literal(value, date)}`
      case "$lte":
        return `${field} <= ${literal(value, date)}`
      case "$exists":
        return value ? `${field} EXISTS` : `${field} NOT EXISTS`
      default:
        return fail(`The Meilisearch provider does not support operator "${operator}" on "${path}"`)
    }
  })
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`
}

/** `{ id: [...] }` or `{ id: "..." }` (or `$in`/`$eq`) alone → the ids; otherwise null. */
export function primaryKeyIds(filters: Tree, primaryKey: string): string[] | null {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== primaryKey) return null
  const value = filters[primaryKey]
  if (typeof value === "string") return [value]
  if (Array.isArray(value)) return value.map(String)
  if (value && typeof value === "object") {
    const ops = value as Record<string, unknown>
    if (Object.keys(ops).length === 1 && "$in" in ops && Array.isArray(ops.$in))
      return (ops.$in as unknown[]).map(String)
    if (Object.keys(ops).length === 1 && "$eq" in ops && typeof ops.$eq === "string") return [ops.$eq]
  }
  return null
}
