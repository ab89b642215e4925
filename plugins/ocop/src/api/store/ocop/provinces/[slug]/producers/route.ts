import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { provinceBySlug } from "@ocop/reference"
import { listStoreProvinceProducers } from "../../../../../../lib/store-province-producers"
import type { StoreProvinceProducersType } from "../../../validators"

/**
 * GET /store/ocop/provinces/:slug/producers?limit=&offset=
 * → { producers: [{ id, name, count }], count, count_capped, limit, offset }
 *
 * A page of the producers of a province (by its slug, e.g. `ha-noi`; 404 for an unknown one) that
 * have OCOP products on sale, most listed products first: a province's page shows the first few,
 * its producers' page all of them a page at a time. Bounded whatever the catalogue size; the same
 * for every buyer, cacheable as the listing is.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const province = provinceBySlug(req.params.slug)
  if (!province) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No province "${req.params.slug}"`)
  const salesChannelIds = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context?.sales_channel_ids
  const query = req.validatedQuery as unknown as StoreProvinceProducersType
  const body = await listStoreProvinceProducers(
    req.scope,
    province.name,
    { limit: query.limit, offset: query.offset },
    salesChannelIds,
  )
  res.set("Cache-Control", "public, max-age=30, stale-while-revalidate=60")
  res.set("Vary", "x-publishable-api-key")
  res.json(body)
}
