import { FieldError } from "./ui"
import { useT } from "../i18n"

/** The registration documents file input (PDF, JPEG or PNG), on the registration and pending pages. */
export function SellerDocumentsField({ required = false, missing = false }: { required?: boolean; missing?: boolean }) {
  const { t } = useT()
  return (
    <div className="field">
      <label htmlFor="f-documents">{t("seller.documents")}</label>
      <p className="hint" id="f-documents-hint">
        {t("seller.documents_hint")}
      </p>
      <input
        id="f-documents"
        name="documents"
        type="file"
        multiple
        required={required}
        accept="application/pdf,image/jpeg,image/png"
        aria-describedby="f-documents-hint"
        aria-invalid={missing || undefined}
      />
      <FieldError id="f-documents-error" error={missing ? "error.required" : null} />
    </div>
  )
}
