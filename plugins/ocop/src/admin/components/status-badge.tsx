import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { STATUS_COLORS } from "../lib/labels"

export const CertificateStatusBadge = ({ status }: { status: string }) => {
  const { t } = useTranslation()
  const known = status in STATUS_COLORS
  return (
    <Badge
      size="2xsmall"
      className="whitespace-nowrap"
      color={known ? STATUS_COLORS[status as keyof typeof STATUS_COLORS] : "grey"}
      data-status={status}
    >
      {known ? t(`ocop_certificate.status.${status}`) : status}
    </Badge>
  )
}
