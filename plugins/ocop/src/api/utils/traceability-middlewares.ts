import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { invalid } from "../../lib/errors"
import {
  AdminAppendTraceEvent,
  AdminCorrectTradeItem,
  AdminCreateLot,
  AdminEpcisCapture,
  AdminEpcisQuery,
  AdminListLots,
  adminListLotsConfig,
  AdminListTradeItems,
  adminListTradeItemsConfig,
  AdminLotLabels,
  AdminLotQr,
  AdminRegisterTradeItem,
} from "../admin/ocop/lots/validators"
import {
  StoreDigestLeaves,
  StoreListDigests,
  storeListDigestsConfig,
  StoreTraceLot,
} from "../store/ocop/trace/validators"
import { validateQuery } from "./validate-query"

const CAPTURE_LIMIT_BYTES = 10 * 1024 * 1024

/**
 * EPCIS documents arrive as `application/ld+json` (or `application/json`), which Medusa's JSON
 * body parser does not read: the capture route turns it off and parses here, up to 10 MB.
 */
export async function parseEpcisBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const type = String(req.headers["content-type"] ?? "")
    if (!/^application\/(ld\+)?json\b/i.test(type)) {
      throw invalid(
        "content-type",
        "media_type",
        `send the EPCIS document as application/ld+json (or application/json), not "${type || "nothing"}"`,
      )
    }
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > CAPTURE_LIMIT_BYTES) throw invalid("body", "size", "the document is larger than 10 MB: split it")
      chunks.push(chunk)
    }
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString("utf8"))
    } catch (error) {
      throw invalid("body", "json", `the body is not JSON: ${(error as Error).message}`)
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** The traceability routes' validators, spread into src/api/middlewares.ts. */
export const traceabilityMiddlewareRoutes: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/trade-items",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListTradeItems, adminListTradeItemsConfig)],
  },
  {
    matcher: "/admin/ocop/trade-items",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRegisterTradeItem)],
  },
  {
    matcher: "/admin/ocop/trade-items/:id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCorrectTradeItem)],
  },
  {
    matcher: "/admin/ocop/lots",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListLots, adminListLotsConfig)],
  },
  { matcher: "/admin/ocop/lots", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateLot)] },
  {
    matcher: "/admin/ocop/lots/:id/events",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminAppendTraceEvent)],
  },
  { matcher: "/admin/ocop/lots/:id/labels", methods: ["GET"], middlewares: [validateQuery(AdminLotLabels)] },
  { matcher: "/admin/ocop/lots/:id/qr.png", methods: ["GET"], middlewares: [validateQuery(AdminLotQr)] },
  { matcher: "/admin/ocop/epcis/events", methods: ["GET"], middlewares: [validateQuery(AdminEpcisQuery)] },
  {
    matcher: "/admin/ocop/epcis/capture",
    methods: ["POST"],
    bodyParser: false,
    middlewares: [validateQuery(AdminEpcisCapture), parseEpcisBody],
  },
  { matcher: "/store/ocop/trace/01/:gtin/10/:lot", methods: ["GET"], middlewares: [validateQuery(StoreTraceLot)] },
  {
    matcher: "/store/ocop/trace/digests",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListDigests, storeListDigestsConfig)],
  },
  { matcher: "/store/ocop/trace/digests/:date", methods: ["GET"], middlewares: [validateQuery(StoreDigestLeaves)] },
  {
    matcher: "/admin/ocop/trace/digests",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreListDigests, storeListDigestsConfig)],
  },
]
