import { Alert, Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useRevokeCertificate } from "../lib/api"
import { errorsFor, parseServerError, useRefusalText, type ParsedServerError } from "../lib/errors"
import type { OcopCertificate } from "../lib/types"
import { FieldErrors } from "./field-error"

/** Thu hồi: revokes a certificate; the reason (lý do) is required and kept with it. */
export const RevokeDrawer = ({
  certificate,
  open,
  onOpenChange,
}: {
  certificate: OcopCertificate
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const say = useRefusalText()
  const revoke = useRevokeCertificate()
  const [reason, setReason] = useState("")
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<ParsedServerError | null>(null)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    if (reason.trim().length < 3) return
    setError(null)
    revoke.mutate(
      { id: certificate.id, reason: reason.trim() },
      {
        onSuccess: () => {
          toast.success(t("ocop_certificate.revoked_done"), { description: certificate.decision_number })
          setReason("")
          setAttempted(false)
          onOpenChange(false)
        },
        onError: (e) => setError(parseServerError(e)),
      },
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>
        <form onSubmit={submit} className="flex h-full flex-col" data-testid="revoke-form">
          <Drawer.Header>
            <Drawer.Title>{t("ocop_certificate.revoke_title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">
              {t("ocop_certificate.revoke_intro", { number: certificate.decision_number, stars: certificate.stars })}
            </Text>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="ocop-revoke-reason" size="small">
                {t("ocop_certificate.revoke_reason")}
              </Label>
              <Textarea
                id="ocop-revoke-reason"
                rows={4}
                value={reason}
                placeholder={t("ocop_certificate.revoke_placeholder")}
                onChange={(e) => setReason(e.target.value)}
              />
              <FieldErrors
                errors={error ? errorsFor(error.fields, "reason") : []}
                local={[attempted && reason.trim().length < 3 ? t("ocop_certificate.revoke_reason_required") : null]}
              />
            </div>
            {error && !error.fields.some((f) => f.field === "reason") && (
              <Alert variant="error" data-testid="revoke-refusal">
                {error.fields.length ? error.fields.map(say).join(" ") : t("ocop_refusal.generic")}
              </Alert>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary">
                {t("ocop_certificate.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              type="submit"
              size="small"
              variant="danger"
              isLoading={revoke.isPending}
              data-testid="revoke-submit"
            >
              {t("ocop_certificate.revoke")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
