import { Badge } from "@medusajs/ui"
import { STATUS_LABELS } from "../lib/labels"

export const CertificateStatusBadge = ({ status }: { status: string }) => {
  const label = STATUS_LABELS[status as keyof typeof STATUS_LABELS]
  return (
    <Badge
      size="2xsmall"
      className="whitespace-nowrap"
      color={label?.color ?? "grey"}
      data-status={status}
      title={label?.en}
    >
      {label ? label.vi : status}
    </Badge>
  )
}
