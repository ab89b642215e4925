import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"
import { listCertificates, type CertificateListParams } from "../../../../../lib/certificate-listing"

const PAGE = 500

const COLUMNS = [
  { key: "decision_number", header: "Số quyết định / Decision number" },
  { key: "stars", header: "Số sao / Stars" },
  { key: "status", header: "Trạng thái / Status" },
  { key: "product_title", header: "Sản phẩm / Product" },
  { key: "product_handle", header: "Handle" },
  { key: "producer", header: "Chủ thể / Producer" },
  { key: "subject_type", header: "Loại hình / Subject type" },
  { key: "province", header: "Tỉnh, thành / Province" },
  { key: "product_group", header: "Nhóm / Group" },
  { key: "subgroup", header: "Phân nhóm / Subgroup" },
  { key: "authority_level", header: "Cấp công nhận / Authority level" },
  { key: "authority_name", header: "Cơ quan / Authority" },
  { key: "decision_date", header: "Ngày quyết định / Decision date" },
  { key: "valid_until", header: "Hiệu lực đến / Valid until" },
  { key: "revoked_at", header: "Thu hồi lúc / Revoked at" },
  { key: "revocation_reason", header: "Lý do thu hồi / Revocation reason" },
]

/**
 * GET /admin/ocop/certificates/export.csv with the list filters → text/csv, UTF-8 with a BOM so
 * that Excel shows Vietnamese, one row per certificate (read in pages of 500).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as CertificateListParams
  const at = new Date()
  const rows: Record<string, unknown>[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { certificates, count } = await listCertificates(req.scope, params, { skip, take: PAGE }, at)
    for (const c of certificates as Record<string, any>[]) {
      rows.push({
        ...c,
        product_title: c.product?.title ?? "",
        product_handle: c.product?.handle ?? "",
        producer: c.subject?.legal_name ?? "",
        subject_type: c.subject?.type ?? "",
      })
    }
    if (skip + PAGE >= count) break
  }
  const csv = stringify(rows, { header: true, columns: COLUMNS, cast: { date: (d) => d.toISOString() } })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="ocop-certificates-${at.toISOString().slice(0, 10)}.csv"`)
  res.send(`\ufeff${csv}`)
}
