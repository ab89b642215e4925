import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
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

type SellerDocument = { id: string; filename: string; mime_type: string; size: number; url: string }

/** The registration documents, read before approving. */
const SellerDocuments = ({ seller }: { seller: Seller }) => {
  const { t } = useTranslation()
  const [documents, setDocuments] = useState<SellerDocument[] | null>(null)

  async function show() {
    try {
      const { seller: detail } = await adminCall<{ seller: { documents: SellerDocument[] } }>(
        `/admin/sellers/${seller.id}`,
      )
      setDocuments(detail.documents)
    } catch {
      toast.error(t("ocop_review.load_failed"))
    }
  }

  if (!documents) {
    return (
      <Button size="small" variant="secondary" onClick={show}>
        {t("ocop_sellers.documents_show")}
      </Button>
    )
  }
  if (!documents.length)
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("ocop_sellers.documents_none")}
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

/**
 * Sellers: registrations to review (approve, or reject with a reason) and approved sellers, in the
 * admin's language (Vietnamese or English, admin/i18n).
 */
const SellersPage = () => {
  const { t } = useTranslation()
  return (
    <ReviewList<Seller>
      title={t("ocop_sellers.title")}
      endpoint="/admin/sellers"
      listKey="sellers"
      noun={t("ocop_sellers.noun")}
      accepted={{ status: "approved", action: "approve", label: t("ocop_sellers.approve") }}
      nameHeader={t("ocop_sellers.seller")}
      name={(seller) => seller.legal_name}
      detail={(seller) => `${t(`ocop_sellers.type.${seller.type}`, { defaultValue: seller.type })} · ${seller.email}`}
      columns={[
        { header: t("ocop_sellers.tax_code"), text: (seller) => seller.tax_code },
        { header: t("ocop_sellers.province"), text: (seller) => seller.address.province_code },
        { header: t("ocop_sellers.commission"), text: (seller) => `${seller.commission_rate} %` },
        { header: t("ocop_sellers.documents"), cell: (seller) => <SellerDocuments seller={seller} /> },
      ]}
    />
  )
}

export const config = defineRouteConfig({ label: "ocop_sellers.menu", translationNs: "translation", icon: Buildings })

export default SellersPage
