import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { invalid } from "@ocop/plugin-ocop/errors"

/**
 * Middleware on Medusa's POST /store/carts/:id/line-items/:line_id: a line made from a quote keeps
 * the quoted quantity (its custom unit price holds for that quantity only); removing it is allowed.
 */
export async function guardQuotedLine(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["items.id", "items.metadata"],
      filters: { id: req.params.id },
    })
    const line = ((data as any[])[0]?.items ?? []).find((item: any) => item?.id === req.params.line_id)
    if (line?.metadata?.quote_id) {
      throw invalid(
        "quantity",
        "quote",
        `this line holds the price of quote ${line.metadata.quote_id} for its quantity: remove it and ask for a new quote instead`,
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}
