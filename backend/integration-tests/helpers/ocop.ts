import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_SALES_CHANNEL_NAME } from "@ocop/plugin-ocop/constants"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { scoresForTotal } from "@ocop/plugin-ocop/rules"
import { DEMO_ADMIN } from "../../src/seed"

/** Axios errors carry the response: keep it for the assertions. */
export async function settle<T>(request: Promise<T>): Promise<any> {
  return request.catch((error: any) => {
    if (!error.response) throw error
    return error.response
  })
}

/**
 * Polls until `check` passes (events are applied asynchronously), or fails with its last error.
 * Every 50 ms: a subscriber's write usually lands within a few milliseconds of the request.
 */
export async function eventually<T>(run: () => Promise<T>, check: (value: T) => void, timeoutMs = 15_000): Promise<T> {
  const started = Date.now()
  let lastError: unknown
  while (Date.now() - started < timeoutMs) {
    const value = await run()
    try {
      check(value)
      return value
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw lastError
}

/**
 * An active promotion by code, `percent` off each item (up to `maxQuantity` units a line; only
 * `productIds` when given), created by the operator. Settled: the caller checks the answer.
 */
export async function percentOffCode(
  api: any,
  admin: any,
  code: string,
  percent: number,
  options: { maxQuantity: number; productIds?: string[] },
) {
  return settle(
    api.post(
      "/admin/promotions",
      {
        code,
        type: "standard",
        status: "active",
        is_automatic: false,
        application_method: {
          type: "percentage",
          value: percent,
          target_type: "items",
          allocation: "each",
          max_quantity: options.maxQuantity,
          ...(options.productIds
            ? { target_rules: [{ attribute: "items.product.id", operator: "in", values: options.productIds }] }
            : {}),
        },
      },
      admin,
    ),
  )
}

/** Bearer headers of the seeded demo admin. */
export async function adminHeaders(api: any) {
  const { data } = await api.post("/auth/user/emailpass", DEMO_ADMIN)
  return { headers: { authorization: `Bearer ${data.token}` } }
}

export function certification(container: MedusaContainer) {
  return container.resolve<any>(CERTIFICATION_MODULE)
}

export async function ocopChannelId(container: MedusaContainer): Promise<string> {
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: OCOP_SALES_CHANNEL_NAME })
  return channel.id
}

export async function channelProductIds(container: MedusaContainer): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: await ocopChannelId(container) },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}

/** Rows in the certification tables, to prove a refused request wrote nothing. */
export async function certificationCounts(container: MedusaContainer) {
  const service = certification(container)
  const [, certificates] = await service.listAndCountOcopCertificates({})
  const [, evaluations] = await service.listAndCountOcopEvaluations({})
  const [, subjects] = await service.listAndCountOcopSubjects({})
  return { certificates, evaluations, subjects, inChannel: (await channelProductIds(container)).length }
}

/** A product created through the admin API, in no sales channel. */
export async function createBareProduct(api: any, headers: any, title: string, extra: Record<string, unknown> = {}) {
  const { data } = await api.post(
    "/admin/products",
    {
      title,
      status: "published",
      options: [{ title: "Quy cách", values: ["Hộp 500 g"] }],
      variants: [
        {
          title: "Hộp 500 g",
          options: { "Quy cách": "Hộp 500 g" },
          manage_inventory: false,
          prices: [{ currency_code: "vnd", amount: 120000 }],
        },
      ],
      ...extra,
    },
    headers,
  )
  return data.product as { id: string; title: string; handle: string }
}

export function evaluationBody(
  subjectId: string,
  productId: string,
  total: number,
  overrides: Record<string, unknown> = {},
) {
  return {
    subject_id: subjectId,
    product_id: productId,
    product_group: 1,
    subgroup: "Thực phẩm chế biến",
    scores: scoresForTotal(total),
    mandatory_unmet: [],
    council: "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lào Cai",
    evaluated_at: "2025-09-01",
    ...overrides,
  }
}

export const SUBJECT = {
  legal_name: "Hợp tác xã Mật ong Bạc Hà Thử Nghiệm",
  type: "cooperative",
  tax_code: "5300999001",
  address: "Thôn Na Hối, xã Bắc Hà, tỉnh Lào Cai",
  province: "Yên Bái",
}
