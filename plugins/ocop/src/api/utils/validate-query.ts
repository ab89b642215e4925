import { zodValidator } from "@medusajs/framework"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { fieldMessage } from "../../lib/validation/field-message"

/**
 * Validates a custom route's query with a zod schema (strict: an unknown parameter is refused) and
 * puts the result on `req.validatedQuery`; errors are 400 naming the parameter. For the query of a
 * route that is not a page of a list read through a module; those use `listParams` with Medusa's
 * validateAndTransformQuery, and lists read otherwise spread `pageParams` into their schema.
 */
export function validateQuery(schema: z.ZodObject<any>) {
  return async function validateOcopQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    try {
      req.validatedQuery = (await zodValidator(schema, req.query)) as Record<string, unknown>
      next()
    } catch (error) {
      next(error)
    }
  }
}

/**
 * The middleware entries of GET routes that take no query parameter: like Medusa's own routes, they
 * refuse one they do not know (400 "Unrecognized fields: 'x'") rather than ignore it. Spread into a
 * plugin's `defineMiddlewares` routes: `...takesNoQuery("/sellers/me/dashboard", …)`.
 */
export function takesNoQuery(...matchers: (string | RegExp)[]): MiddlewareRoute[] {
  const none = validateQuery(z.object({}))
  return matchers.map((matcher) => ({ matcher, methods: ["GET"], middlewares: [none] }))
}

/**
 * A list route's page parameters: Medusa's `createFindParams` (limit, offset, order) with this
 * route's bounds, for `validateAndTransformQuery(schema, listQueryConfig(...))`, which hands the
 * route `req.queryConfig.pagination` ({ skip, take, order }). `fields` and `with_deleted` are left
 * out: these routes answer a fixed shape and never show deleted rows.
 */
export function listParams({ limit, max, maxOffset = 10_000_000 }: { limit: number; max: number; maxOffset?: number }) {
  const find = createFindParams({ limit, offset: 0 })
  return find.omit({ fields: true, with_deleted: true }).extend({
    limit: pageNumber(1, max, limit),
    offset: pageNumber(0, maxOffset, 0),
  })
}

/**
 * A page parameter as a query carries it: digits only, from `min` to `max` (`fallback` when absent);
 * anything else ("1.5", "1e400", "-1", " ", a repeated parameter) is a 400 naming the parameter.
 * Medusa's own parse (`parseInt`) reads "1.5" and "1e400" as 1, and `z.coerce` reads " " as 0.
 */
function pageNumber(min: number, max: number, fallback: number) {
  const words = fieldMessage(`a whole number from ${min} to ${max}`)
  return z
    .string()
    .regex(/^\d{1,16}$/, words)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform((value) => value ?? fallback)
}

/**
 * The page parameters of a list read through its own SQL, the search engine or a computed list
 * (where Medusa's `createFindParams` and query config do not apply): `limit` from `min` (1 unless
 * given) to `max`, `limit` by default, and `offset` from 0 to `maxOffset`, each a 400 naming the
 * parameter when out of bounds or not a whole number. Spread into the route's strict query schema:
 *   z.object({ q: …, ...pageParams({ limit: 20, max: 50 }) }).strict()
 */
export function pageParams({
  limit,
  max,
  min = 1,
  maxOffset = 100_000,
}: {
  limit: number
  max: number
  min?: number
  maxOffset?: number
}) {
  return {
    limit: pageNumber(min, max, limit),
    offset: pageNumber(0, maxOffset, 0),
  }
}

/**
 * The query config of such a list: `order` may name one of `orderable` (prefixed with "-" for
 * descending; another field is a 400). The route adds its own unique tiebreaker.
 */
export function listQueryConfig({ limit, orderable = [] }: { limit: number; orderable?: string[] }) {
  return { isList: true, defaultLimit: limit, defaults: ["id"], allowed: ["id", ...orderable] }
}

/**
 * The page a list route asked for: Medusa's pagination, ordered by the `order` asked for (then `id`,
 * so that pages never overlap) or by the route's default order (which ends with its own tiebreaker).
 */
export function pageOf(
  req: MedusaRequest,
  defaultOrder: Record<string, "ASC" | "DESC">,
): { skip: number; take: number; order: Record<string, "ASC" | "DESC"> } {
  const { skip, take, order } = req.queryConfig.pagination as {
    skip: number
    take: number
    order?: Record<string, "ASC" | "DESC">
  }
  return { skip, take, order: order ? { ...order, id: "ASC" } : defaultOrder }
}
