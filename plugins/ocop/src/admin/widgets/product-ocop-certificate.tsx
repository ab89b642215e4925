import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { CertificateDetails, CertificateHistory } from "../components/certificate-card"
import { CertificateForm } from "../components/certificate-form"
import { RevokeDrawer } from "../components/revoke-drawer"
import { useProductOcop } from "../lib/api"

/** Chứng nhận OCOP of a product: the current certificate, its history, and Issue / Renew / Revoke. */
const ProductOcopCertificateWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const { data, isLoading, error } = useProductOcop(product.id)
  const [formMode, setFormMode] = useState<"issue" | "renew" | null>(null)
  const [lastMode, setLastMode] = useState<"issue" | "renew">("issue")
  const [revokeOpen, setRevokeOpen] = useState(false)

  // The API's `current` is the valid certificate; without one, the latest (expired, revoked…) is shown.
  const valid = data?.current ?? null
  const latest = valid ?? data?.history?.[0] ?? null
  const subject = data?.subject ?? null
  const history = (data?.history ?? []).filter((c) => c.id !== latest?.id)
  const isValid = latest?.status === "valid"
  /** Renewal applies to the valid certificate or to the latest one once it has expired. */
  const renewable = latest && (latest.status === "valid" || latest.status === "expired") ? latest : null
  const openForm = (mode: "issue" | "renew") => {
    setLastMode(mode)
    setFormMode(mode)
  }

  return (
    <Container className="divide-y p-0" data-testid="ocop-certificate-widget">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h2">{t("ocop_certificate.heading")}</Heading>
        </div>
        <div className="flex flex-wrap gap-2">
          {!isValid && (
            <Button size="small" variant="primary" onClick={() => openForm("issue")} disabled={isLoading || !!error}>
              {t("ocop_certificate.issue")}
            </Button>
          )}
          {renewable && (
            <Button size="small" variant="secondary" onClick={() => openForm("renew")}>
              {t("ocop_certificate.renew")}
            </Button>
          )}
          {isValid && (
            <Button size="small" variant="danger" onClick={() => setRevokeOpen(true)}>
              {t("ocop_certificate.revoke")}
            </Button>
          )}
        </div>
      </div>
      {isLoading && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("ocop_certificate.loading")}
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {t("ocop_certificate.load_failed")}
        </Text>
      )}
      {data && !latest && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="no-certificate">
          {t("ocop_certificate.none")}
        </Text>
      )}
      {latest && !isValid && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3" data-testid="no-valid-certificate">
          {t("ocop_certificate.no_valid")}
        </Text>
      )}
      {latest && <CertificateDetails certificate={latest} subject={subject} />}
      {data && <CertificateHistory history={history} />}
      {data && (
        <CertificateForm
          mode={formMode ?? lastMode}
          open={formMode !== null}
          onOpenChange={(open) => setFormMode(open ? lastMode : null)}
          product={product}
          current={lastMode === "renew" ? renewable : latest}
          subject={subject}
        />
      )}
      {latest && isValid && <RevokeDrawer certificate={latest} open={revokeOpen} onOpenChange={setRevokeOpen} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
  id: "ocop:product-certificate",
})

export default ProductOcopCertificateWidget
