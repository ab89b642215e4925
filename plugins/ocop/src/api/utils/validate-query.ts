import { zodValidator } from "@medusajs/framework"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

/**
 * Validates a custom route's query with a zod schema (strict: an unknown parameter is refused) and
 * puts the result on `req.validatedQuery`; errors are 400 naming the parameter.
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
