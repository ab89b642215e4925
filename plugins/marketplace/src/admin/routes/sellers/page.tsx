import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { adminCall, ClippedText, ReviewList } from "../../components/review-list"

type Seller = {
  id: string
  legal_name: string
  type: string
  tax_code: string
  email: string
  address: { address_1: string; province_code: string }
  status: "pending" | "approved" | "rejected"
  rejection_reason: string | null
  commission_rate: number
  created_at: string
}

/** The kinds of seller, as the reviewer reads them. */
const SELLER_TYPE_LABELS: Record<string, string> = {
  enterprise: "Doanh nghiệp",
  cooperative: "Hợp tác xã",
  cooperative_group: "Tổ hợp tác",
  household_business: "Hộ kinh doanh",
}

type SellerDocument = { id: string; filename: string; mime_type: string; size: number; url: string }

/** The registration documents, read before approving. */
const SellerDocuments = ({ seller }: { seller: Seller }) => {
  const [documents, setDocuments] = useState<SellerDocument[] | null>(null)

  async function show() {
    try {
      const { seller: detail } = await adminCall<{ seller: { documents: SellerDocument[] } }>(
        `/admin/sellers/${seller.id}`,
      )
      setDocuments(detail.documents)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  if (!documents) {
    return (
      <Button size="small" variant="secondary" onClick={show}>
        Xem hồ sơ
      </Button>
    )
  }
  if (!documents.length)
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Không có
      </Text>
    )
  return (
    <ul>
      {documents.map((document) => (
        <li key={document.id} className="flex items-center gap-1">
          <a href={document.url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
            <ClippedText text={document.filename} />
          </a>
          <Text size="xsmall" as="span" className="text-ui-fg-subtle whitespace-nowrap">
            {Math.ceil(document.size / 1024)} KB
          </Text>
        </li>
      ))}
    </ul>
  )
}

/** Sellers: registrations to review (approve, or reject with a reason) and approved sellers. */
const SellersPage = () => (
  <ReviewList<Seller>
    title="Người bán"
    endpoint="/admin/sellers"
    listKey="sellers"
    noun="người bán"
    accepted={{ status: "approved", action: "approve", label: "Duyệt" }}
    nameHeader="Người bán"
    name={(seller) => seller.legal_name}
    detail={(seller) => `${SELLER_TYPE_LABELS[seller.type] ?? seller.type} · ${seller.email}`}
    columns={[
      { header: "Mã số thuế", text: (seller) => seller.tax_code },
      { header: "Tỉnh/thành", text: (seller) => seller.address.province_code },
      { header: "Hoa hồng", text: (seller) => `${seller.commission_rate} %` },
      { header: "Hồ sơ", cell: (seller) => <SellerDocuments seller={seller} /> },
    ]}
  />
)

export const config = defineRouteConfig({ label: "Người bán", icon: Buildings })

export default SellersPage
