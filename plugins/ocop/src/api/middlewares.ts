import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertProductsPublishable } from "../lib/publication-guard"
import { findOcopSalesChannel } from "../lib/sales-channel"
import {
  AdminCreateSubject,
  AdminEvaluation,
  AdminExportCertificates,
  AdminIssueCertificate,
  AdminListCertificates,
  adminListCertificatesConfig,
  AdminListSubjects,
  adminListSubjectsConfig,
  AdminRevokeCertificate,
} from "./admin/ocop/validators"
import {
  StoreListOcopProducts,
  StoreOcopSummary,
  StoreOcopUncertified,
  StorePickupPoints,
  StoreProvinceProducers,
  StoreVerifyCertificate,
} from "./store/ocop/validators"
import { traceabilityMiddlewareRoutes } from "./utils/traceability-middlewares"
import { takesNoQuery, validateQuery } from "./utils/validate-query"

/**
 * The publication guard on `POST /admin/sales-channels/:id/products`: products added to the OCOP
 * sales channel must hold a valid certificate (400 naming each product; nothing is written).
 */
async function guardOcopChannelProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const add = (req.body as { add?: unknown })?.add
    if (Array.isArray(add) && add.length) {
      const channel = await findOcopSalesChannel(req.scope)
      if (channel && channel.id === req.params.id) {
        await assertProductsPublishable(
          req.scope,
          add.filter((id): id is string => typeof id === "string"),
          new Date(),
          "add",
        )
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/sales-channels/:id/products", methods: ["POST"], middlewares: [guardOcopChannelProducts] },

    {
      matcher: "/admin/ocop/subjects",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListSubjects, adminListSubjectsConfig)],
    },
    { matcher: "/admin/ocop/subjects", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateSubject)] },
    { matcher: "/admin/ocop/evaluations", methods: ["POST"], middlewares: [validateAndTransformBody(AdminEvaluation)] },
    {
      matcher: "/admin/ocop/certificates",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminListCertificates, adminListCertificatesConfig)],
    },
    {
      matcher: "/admin/ocop/certificates",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminIssueCertificate)],
    },
    {
      matcher: "/admin/ocop/certificates/export.csv",
      methods: ["GET"],
      middlewares: [validateQuery(AdminExportCertificates)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/renew",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminIssueCertificate)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/revoke",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminRevokeCertificate)],
    },

    { matcher: "/store/ocop/products", methods: ["GET"], middlewares: [validateQuery(StoreListOcopProducts)] },
    { matcher: "/store/ocop/summary", methods: ["GET"], middlewares: [validateQuery(StoreOcopSummary)] },
    {
      matcher: "/store/ocop/provinces/:slug/producers",
      methods: ["GET"],
      middlewares: [validateQuery(StoreProvinceProducers)],
    },
    { matcher: "/store/ocop/uncertified", methods: ["GET"], middlewares: [validateQuery(StoreOcopUncertified)] },
    { matcher: "/store/ocop/pickup-points", methods: ["GET"], middlewares: [validateQuery(StorePickupPoints)] },
    {
      matcher: "/store/ocop/certificates/verify",
      methods: ["GET"],
      middlewares: [validateQuery(StoreVerifyCertificate)],
    },

    // Traceability: lots, EPCIS events, Digital Link (src/api/utils/traceability-middlewares.ts).
    ...traceabilityMiddlewareRoutes,
    // GET routes that take no query parameter refuse one (validate-query.ts).
    ...takesNoQuery(
      // (a certificate by id; /admin/ocop/certificates/export.csv has its own query)
      /^\/admin\/ocop\/certificates\/(?!export\.csv\/?$)[^/]+\/?$/,
      "/admin/ocop/lots/:id",
      "/admin/ocop/lots/:id/events",
      "/admin/ocop/lots/:id/events/:event_id",
      "/admin/ocop/lots/:id/qr.svg",
      "/admin/ocop/lots/:id/recall",
      "/admin/ocop/lots/:id/recall.csv",
      "/admin/ocop/lots/:id/verify",
      "/admin/ocop/rules",
      "/admin/products/:id/ocop",
      "/store/ocop/products/:handle/certificate",
    ),
  ],
})
