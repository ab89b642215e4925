import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"
import { programmeStats } from "../../../../../lib/programme-stats"

/** GET /admin/ocop/programme/export.csv → the 34 provinces' figures, UTF-8 with BOM (opens in Excel with diacritics). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const stats = await programmeStats(req.scope)
  const csv = stringify(stats.provinces, {
    header: true,
    bom: true,
    columns: [
      { key: "province", header: "Tỉnh/thành phố" },
      { key: "certified_products", header: "Sản phẩm OCOP còn hiệu lực" },
      { key: "five_star", header: "Sản phẩm 5 sao" },
      { key: "producers", header: "Chủ thể" },
      { key: "orders", header: "Đơn hàng" },
      { key: "sales", header: "Doanh số (VND)" },
    ],
  })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="ocop-programme-${stats.generated_at.slice(0, 10)}.csv"`)
  res.send(csv)
}
