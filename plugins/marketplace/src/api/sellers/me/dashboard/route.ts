import type { MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { SELLER_MODULE, type SellerModuleService } from "../../../../modules/seller"
import type { SellerRequest } from "../../../../lib/current-member"
import { presentSellerProducts } from "../../../../lib/seller-products"
import { sellerProductIds } from "../../../../lib/seller-scope"

const LOW_STOCK = 5
const EXPIRY_WINDOW_DAYS = 60
const DAY_MS = 24 * 3600 * 1000
const VN_OFFSET_MS = 7 * 3600 * 1000

/**
 * GET /sellers/me/dashboard → { orders_today (Vietnam day), low_stock (≤ 5 left),
 * expiring_certificates (valid, expiring within 60 days) }
 */
export const GET = async (req: SellerRequest, res: MedusaResponse) => {
  const now = Date.now()
  const startOfDay = new Date(Math.floor((now + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS)
  const [, ordersToday] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listAndCountSellerOrders({ seller_id: req.member.seller_id, placed_at: { $gte: startOfDay } } as any, {
      select: ["id"],
    })
  const productIds = await sellerProductIds(req.scope, req.member.seller_id)
  const products = await presentSellerProducts(req.scope, productIds)
  const lowStock = products.flatMap((product) =>
    product.variants
      .filter((variant: any) => variant.stock - variant.reserved <= LOW_STOCK)
      .map((variant: any) => ({
        variant_id: variant.id,
        title: `${product.title} · ${variant.title}`,
        sku: variant.sku,
        stock: variant.stock - variant.reserved,
      })),
  )
  const certificates = productIds.length
    ? await req.scope.resolve(CERTIFICATION_MODULE).listOcopCertificates(
        {
          product_id: productIds,
          status: "valid",
          expires_at: { $gt: new Date(now), $lte: new Date(now + EXPIRY_WINDOW_DAYS * DAY_MS) },
        },
        { select: ["product_id", "expires_at"], order: { expires_at: "ASC" } },
      )
    : []
  const titles = new Map(products.map((product) => [product.id, product.title]))
  res.json({
    orders_today: ordersToday,
    low_stock: lowStock,
    expiring_certificates: certificates.map((certificate: any) => ({
      product_id: certificate.product_id,
      title: titles.get(certificate.product_id),
      expires_at: certificate.expires_at,
      days_left: Math.ceil((new Date(certificate.expires_at).getTime() - now) / DAY_MS),
    })),
  })
}
