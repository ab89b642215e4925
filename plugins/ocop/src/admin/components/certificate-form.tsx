import { Alert, Button, FocusModal, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { AUTHORITY_LABELS, AUTHORITY_LEVELS, type AuthorityLevel } from "../../rules/authority"
import { isProductGroup, isSubgroupOf, PRODUCT_GROUPS, productGroup } from "@ocop/reference"
import { validUntil } from "../../rules/validity"
import { parseVnDate } from "../../rules/vn-date"
import { useIssueCertificate, useOcopRules, useRenewCertificate } from "../lib/api"
import {
  applicableMandatory,
  authorityAdvice,
  decisionNumberError,
  emptyForm,
  formFromCertificate,
  previewScores,
  toBody,
  type CertificateFormState,
} from "../lib/certificate-form"
import { errorsFor, parseServerError, useRefusalText, type FieldError, type ParsedServerError } from "../lib/errors"
import { formatVnDate, localized } from "../lib/labels"
import type { OcopCertificate, OcopSubject } from "../lib/types"
import { FieldErrors } from "./field-error"
import { MandatoryChecklist, ScoreSheet } from "./score-sheet"
import { ScoreSummary } from "./score-summary"
import { SubjectPicker } from "./subject-picker"

export interface FormProduct {
  id: string
  title: string
  metadata?: Record<string, unknown> | null
  categories?: { metadata?: Record<string, unknown> | null }[] | null
}

/** The product group and subgroup the catalogue already knows (category metadata, product metadata). */
function catalogueGroup(product: FormProduct) {
  const fromCategory = product.categories?.map((c) => Number(c?.metadata?.ocop_group)).find(isProductGroup)
  const fromProduct = Number(product.metadata?.ocop_group)
  const subgroup = typeof product.metadata?.ocop_subgroup === "string" ? product.metadata.ocop_subgroup : null
  return { product_group: fromCategory ?? (isProductGroup(fromProduct) ? fromProduct : null), subgroup }
}

const REQUIRED: { key: keyof CertificateFormState; field: string }[] = [
  { key: "subject_id", field: "subject_id" },
  { key: "product_group", field: "product_group" },
  { key: "subgroup", field: "subgroup" },
  { key: "council", field: "council" },
  { key: "evaluated_at", field: "evaluated_at" },
  { key: "decision_number", field: "decision_number" },
  { key: "decision_date", field: "decision_date" },
  { key: "authority_level", field: "authority_level" },
  { key: "authority_name", field: "authority_name" },
]

/**
 * Issue (Cấp chứng nhận) or Renew (Gia hạn) an OCOP certificate: producer, product group, the
 * score sheet with live totals and computed stars, the council, then the decision.
 */
export const CertificateForm = ({
  mode,
  open,
  onOpenChange,
  product,
  current,
  subject,
}: {
  mode: "issue" | "renew"
  open: boolean
  onOpenChange: (open: boolean) => void
  product: FormProduct
  current: OcopCertificate | null
  subject: OcopSubject | null
}) => {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const say = useRefusalText()
  const rules = useOcopRules()
  const issue = useIssueCertificate()
  const renew = useRenewCertificate()
  const mutation = mode === "renew" ? renew : issue

  const initial = () => {
    if (mode === "renew" && current) return formFromCertificate(current, subject)
    const known = catalogueGroup(product)
    return emptyForm({
      product_group: current?.product_group ?? known.product_group,
      subgroup: current?.subgroup ?? known.subgroup,
      subject_id: subject?.id ?? null,
    })
  }
  const [form, setForm] = useState<CertificateFormState>(initial)
  const [producer, setProducer] = useState<OcopSubject | null>(subject ?? null)
  const [serverError, setServerError] = useState<ParsedServerError | null>(null)
  const [attempted, setAttempted] = useState(false)

  // A new mode or certificate starts a new form; closing and reopening keeps what was typed.
  const formKey = `${mode}:${current?.id ?? "none"}`
  const [shownKey, setShownKey] = useState(formKey)
  useEffect(() => {
    if (open && shownKey !== formKey) {
      setForm(initial())
      setServerError(null)
      setAttempted(false)
      setShownKey(formKey)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, formKey])

  const parts = useMemo(() => rules.data?.parts ?? [], [rules.data])
  const allMandatory = useMemo(() => rules.data?.mandatory_criteria ?? [], [rules.data])
  const group = Number(form.product_group) || null
  const mandatory = applicableMandatory(allMandatory, group)
  const preview = useMemo(() => previewScores(parts, allMandatory, form), [parts, allMandatory, form])
  const advice = authorityAdvice(preview.stars, form, producer)

  // Suggest the competent authority from the computed stars and the decision date until the officer picks one.
  useEffect(() => {
    const suggestion = advice.suggestion
    if (!suggestion) return
    setForm((f) => {
      const next = { ...f }
      if (!f.authority_level_touched) next.authority_level = suggestion.level
      if (!f.authority_name_touched) {
        next.authority_name = suggestion.name ?? f.authority_name
      }
      return next.authority_level === f.authority_level && next.authority_name === f.authority_name ? f : next
    })
    // Only a changed suggestion (level or name) re-runs it: the advice object is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [advice.suggestion?.level, advice.suggestion?.name])

  /** Editing a field clears the server's message about it (the rest stay until the next submit). */
  const clearServerError = (matches: (field: string) => boolean) =>
    setServerError((e) => {
      if (!e?.fields.length) return e
      const fields = e.fields.filter((f) => !matches(f.field))
      if (fields.length === e.fields.length) return e
      return fields.length ? { ...e, fields } : null
    })
  const set = <K extends keyof CertificateFormState>(key: K, value: CertificateFormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    clearServerError((field) => field === key)
  }

  const serverFields: FieldError[] = serverError?.fields ?? []
  const missing = (key: keyof CertificateFormState) =>
    attempted && !String(form[key] ?? "").trim() ? t("ocop_certificate_form.required") : null
  const fieldErrors = (field: string, options?: { nested?: boolean }) => errorsFor(serverFields, field, options)
  const decisionDate = parseVnDate(form.decision_date)
  const numberError = decisionNumberError(form.decision_number)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setAttempted(true)
    const incomplete = REQUIRED.some(({ key }) => !String(form[key] ?? "").trim()) || !preview.complete
    if (incomplete) {
      setServerError(null)
      toast.error(t("ocop_certificate_form.incomplete"), {
        description: preview.complete
          ? t("ocop_certificate_form.fill_required")
          : t("ocop_certificate_form.score_all", { count: preview.expected }),
      })
      return
    }
    setServerError(null)
    const body = toBody(form, parts, preview, product.id)
    const callbacks = {
      onSuccess: (result: { certificate: OcopCertificate }) => {
        toast.success(t(mode === "renew" ? "ocop_certificate_form.renewed" : "ocop_certificate_form.issued"), {
          description: `${result.certificate.decision_number} · ${result.certificate.stars}★`,
        })
        setForm(initial())
        setAttempted(false)
        onOpenChange(false)
      },
      onError: (error: unknown) => setServerError(parseServerError(error)),
    }
    if (mode === "renew" && current) renew.mutate({ id: current.id, body }, callbacks)
    else issue.mutate(body, callbacks)
  }

  const title = t(mode === "renew" ? "ocop_certificate_form.renew_title" : "ocop_certificate_form.issue_title")

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content aria-describedby={undefined}>
        <form
          onSubmit={submit}
          className="flex h-full flex-col overflow-hidden"
          data-testid="certificate-form"
          noValidate
        >
          <FocusModal.Header>
            <div className="flex items-center gap-x-2">
              <Button type="button" size="small" variant="secondary" onClick={() => onOpenChange(false)}>
                {t("ocop_certificate_form.cancel")}
              </Button>
              <Button type="submit" size="small" isLoading={mutation.isPending} data-testid="certificate-submit">
                {t(mode === "renew" ? "ocop_certificate_form.submit_renew" : "ocop_certificate_form.submit_issue")}
              </Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex-1 overflow-y-auto">
            <div className="mx-auto flex w-full max-w-6xl flex-col gap-y-2 px-6 pt-6">
              <FocusModal.Title asChild>
                <Heading level="h1">{title}</Heading>
              </FocusModal.Title>
              <Text className="text-ui-fg-subtle">
                {product.title}
                {mode === "renew" && current
                  ? ` · ${t("ocop_certificate_form.replaces", { number: current.decision_number, stars: current.stars })}`
                  : ""}
              </Text>
            </div>
            <div className="mx-auto grid w-full max-w-6xl grid-cols-1 gap-8 px-6 py-6 lg:grid-cols-[minmax(0,1fr)_320px]">
              <div className="flex flex-col gap-y-8">
                <SubjectPicker
                  value={form.subject_id}
                  initial={subject}
                  serverErrors={serverFields}
                  onChange={(picked) => {
                    set("subject_id", picked.id)
                    setProducer(picked)
                  }}
                />
                <FieldErrors local={[missing("subject_id")]} />

                <section className="grid grid-cols-1 gap-4 md:grid-cols-2" data-testid="product-group">
                  <div className="flex flex-col gap-y-1">
                    <Label size="small">{t("ocop_certificate_form.group")}</Label>
                    <Select
                      value={form.product_group}
                      onValueChange={(v) => {
                        set("product_group", v)
                        // a subgroup of another group no longer applies
                        if (!isSubgroupOf(v, form.subgroup)) set("subgroup", "")
                      }}
                      size="small"
                    >
                      <Select.Trigger data-testid="product-group-select" aria-label={t("ocop_certificate_form.group")}>
                        <Select.Value placeholder={t("ocop_certificate_form.group_placeholder")} />
                      </Select.Trigger>
                      <Select.Content>
                        {PRODUCT_GROUPS.map((g) => (
                          <Select.Item key={g.code} value={String(g.code)}>
                            {g.code}. {localized(g, lang)}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                    <FieldErrors errors={fieldErrors("product_group")} local={[missing("product_group")]} />
                  </div>
                  <div className="flex flex-col gap-y-1">
                    <Label htmlFor="ocop-subgroup" size="small">
                      {t("ocop_certificate_form.subgroup")}
                    </Label>
                    {/* The subgroups of the chosen group (Decision 148/QĐ-TTg), stored by their Vietnamese label. */}
                    <Select value={form.subgroup} onValueChange={(v) => set("subgroup", v)} size="small">
                      <Select.Trigger id="ocop-subgroup" data-testid="subgroup-select">
                        <Select.Value
                          placeholder={t(
                            form.product_group
                              ? "ocop_certificate_form.subgroup_placeholder"
                              : "ocop_certificate_form.group_first",
                          )}
                        />
                      </Select.Trigger>
                      <Select.Content>
                        {(productGroup(form.product_group)?.subgroups ?? []).map((sub) => (
                          <Select.Item key={sub.code} value={sub.label_vi}>
                            {sub.code} {localized(sub, lang)}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                    <FieldErrors errors={fieldErrors("subgroup")} local={[missing("subgroup")]} />
                  </div>
                </section>

                {rules.isLoading ? (
                  <Text className="text-ui-fg-muted">{t("ocop_certificate_form.rules_loading")}</Text>
                ) : (
                  <>
                    {rules.data?.source === "local" && (
                      <Alert variant="info">{t("ocop_certificate_form.rules_local")}</Alert>
                    )}
                    <ScoreSheet
                      parts={parts}
                      values={form.scores}
                      preview={preview}
                      serverErrors={serverFields}
                      onChange={(code, value) => {
                        setForm((f) => ({ ...f, scores: { ...f.scores, [code]: value } }))
                        clearServerError(
                          (field) => field.endsWith(`.${code}`) || field === "scores" || field === "total",
                        )
                      }}
                    />
                    <FieldErrors errors={[...fieldErrors("scores"), ...fieldErrors("total")]} />
                    <MandatoryChecklist
                      criteria={mandatory}
                      met={form.mandatory_met}
                      serverErrors={serverFields}
                      onChange={(code, value) =>
                        setForm((f) => ({ ...f, mandatory_met: { ...f.mandatory_met, [code]: value } }))
                      }
                    />
                  </>
                )}

                <section className="grid grid-cols-1 gap-4 md:grid-cols-2" data-testid="council">
                  <div className="flex flex-col gap-y-1">
                    <Label htmlFor="ocop-council" size="small">
                      {t("ocop_certificate_form.council")}
                    </Label>
                    <Input
                      id="ocop-council"
                      size="small"
                      value={form.council}
                      placeholder={t("ocop_certificate_form.council_placeholder")}
                      onChange={(e) => set("council", e.target.value)}
                    />
                    <FieldErrors errors={fieldErrors("council")} local={[missing("council")]} />
                  </div>
                  <div className="flex flex-col gap-y-1">
                    <Label htmlFor="ocop-evaluated-at" size="small">
                      {t("ocop_certificate_form.evaluated_at")}
                    </Label>
                    <Input
                      id="ocop-evaluated-at"
                      type="date"
                      size="small"
                      value={form.evaluated_at}
                      onChange={(e) => set("evaluated_at", e.target.value)}
                    />
                    <FieldErrors errors={fieldErrors("evaluated_at")} local={[missing("evaluated_at")]} />
                  </div>
                </section>

                <section className="flex flex-col gap-y-4" data-testid="decision">
                  <div>
                    <Heading level="h3">{t("ocop_certificate_form.decision")}</Heading>
                  </div>
                  <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                    <div className="flex flex-col gap-y-1">
                      <Label htmlFor="ocop-decision-number" size="small">
                        {t("ocop_certificate_form.decision_number")}
                      </Label>
                      <Input
                        id="ocop-decision-number"
                        size="small"
                        placeholder={t("ocop_certificate_form.decision_number_placeholder")}
                        value={form.decision_number}
                        onChange={(e) => set("decision_number", e.target.value)}
                      />
                      <FieldErrors
                        errors={fieldErrors("decision_number")}
                        local={[missing("decision_number"), numberError && say(numberError)]}
                      />
                    </div>
                    <div className="flex flex-col gap-y-1">
                      <Label htmlFor="ocop-decision-date" size="small">
                        {t("ocop_certificate_form.decision_date")}
                      </Label>
                      <Input
                        id="ocop-decision-date"
                        type="date"
                        size="small"
                        value={form.decision_date}
                        onChange={(e) => set("decision_date", e.target.value)}
                      />
                      {decisionDate && (
                        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="valid-until-preview">
                          {t("ocop_certificate_form.valid_until", { date: formatVnDate(validUntil(decisionDate)) })}
                        </Text>
                      )}
                      <FieldErrors errors={fieldErrors("decision_date")} local={[missing("decision_date")]} />
                    </div>
                    <div className="flex flex-col gap-y-1">
                      <Label size="small">{t("ocop_certificate_form.authority_level")}</Label>
                      <Select
                        value={form.authority_level}
                        onValueChange={(v) => {
                          setForm((f) => ({
                            ...f,
                            authority_level: v as AuthorityLevel,
                            authority_level_touched: true,
                          }))
                          clearServerError((field) => field === "authority_level")
                        }}
                        size="small"
                      >
                        <Select.Trigger
                          data-testid="authority-level-select"
                          aria-label={t("ocop_certificate_form.authority_level")}
                        >
                          <Select.Value placeholder={t("ocop_certificate_form.authority_level_placeholder")} />
                        </Select.Trigger>
                        <Select.Content>
                          {AUTHORITY_LEVELS.map((level) => (
                            <Select.Item key={level} value={level}>
                              {localized(AUTHORITY_LABELS[level], lang)}
                            </Select.Item>
                          ))}
                        </Select.Content>
                      </Select>
                      <FieldErrors errors={fieldErrors("authority_level")} local={[missing("authority_level")]} />
                    </div>
                    <div className="flex flex-col gap-y-1">
                      <Label htmlFor="ocop-authority-name" size="small">
                        {t("ocop_certificate_form.authority_name")}
                      </Label>
                      <Input
                        id="ocop-authority-name"
                        size="small"
                        placeholder={t("ocop_certificate_form.authority_name_placeholder")}
                        value={form.authority_name}
                        onChange={(e) => {
                          setForm((f) => ({ ...f, authority_name: e.target.value, authority_name_touched: true }))
                          clearServerError((field) => field === "authority_name")
                        }}
                      />
                      <FieldErrors errors={fieldErrors("authority_name")} local={[missing("authority_name")]} />
                    </div>
                    <div className="flex flex-col gap-y-1 md:col-span-2">
                      <Label htmlFor="ocop-document-url" size="small">
                        {t("ocop_certificate_form.document_url")}
                      </Label>
                      <Input
                        id="ocop-document-url"
                        type="url"
                        size="small"
                        placeholder={t("ocop_certificate_form.document_url_placeholder")}
                        value={form.document_url}
                        onChange={(e) => set("document_url", e.target.value)}
                      />
                      <FieldErrors errors={fieldErrors("document_url")} />
                    </div>
                  </div>
                </section>
              </div>

              <aside className="flex flex-col gap-y-4 lg:sticky lg:top-0 lg:self-start">
                <ScoreSummary parts={parts} mandatory={allMandatory} preview={preview} />
                {advice.suggestion && (
                  <Text size="small" className="text-ui-fg-subtle" data-testid="authority-suggestion">
                    {t("ocop_certificate_form.authority_suggestion", {
                      stars: preview.stars,
                      date: formatVnDate(decisionDate),
                      authority: localized(advice.suggestion, lang),
                    })}
                  </Text>
                )}
                {advice.warnings.length > 0 && (
                  <Alert variant="warning" data-testid="authority-warning">
                    <div className="flex flex-col gap-y-1">
                      <span>{t("ocop_certificate_form.authority_mismatch")}</span>
                      {advice.warnings.map((w, i) => (
                        <span key={i}>• {say(w)}</span>
                      ))}
                    </div>
                  </Alert>
                )}
                {serverError && (
                  <Alert variant="error" data-testid="server-error">
                    <div className="flex flex-col gap-y-1">
                      <span className="font-medium">{t("ocop_certificate_form.server_refused")}</span>
                      {(serverError.fields.length
                        ? [...new Set(serverError.fields.map(say))]
                        : [t("ocop_refusal.generic")]
                      ).map((line, i) => (
                        <span key={i}>• {line}</span>
                      ))}
                    </div>
                  </Alert>
                )}
              </aside>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
