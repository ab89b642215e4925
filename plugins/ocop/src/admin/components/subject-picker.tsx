import { Button, Heading, Input, Label, Select, Text, clx, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { PROVINCE_NAMES, resolveProvince } from "@ocop/reference"
import { useCreateSubject, useSubjects } from "../lib/api"
import { errorsFor, parseServerError, type FieldError } from "../lib/errors"
import { SUBJECT_TYPES } from "../lib/labels"
import type { OcopSubject, SubjectType } from "../lib/types"
import { FieldErrors } from "./field-error"

/** "Hợp tác xã · MST 0123456789 · Lào Cai", in the admin's language. */
function subjectLine(subject: OcopSubject, t: (key: string, values?: Record<string, unknown>) => string) {
  return t("ocop_certificate_form.subject_line", {
    type: SUBJECT_TYPES.includes(subject.type) ? t(`ocop_certificate.subject_type.${subject.type}`) : subject.type,
    tax_code: subject.tax_code,
    province: subject.province,
  })
}

/** Picks the producer (chủ thể OCOP) among existing subjects, or creates one. */
export const SubjectPicker = ({
  value,
  initial,
  serverErrors,
  onChange,
}: {
  value: string
  /** The subject to show before any search (the product's current producer). */
  initial: OcopSubject | null
  serverErrors: FieldError[]
  onChange: (subject: OcopSubject) => void
}) => {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const [debounced, setDebounced] = useState("")
  const [creating, setCreating] = useState(false)
  const [selected, setSelected] = useState<OcopSubject | null>(initial)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(q.trim()), 250)
    return () => clearTimeout(timer)
  }, [q])
  const { data, isFetching, error } = useSubjects(debounced, !creating)
  const subjects = data?.subjects ?? []
  const current = selected && selected.id === value ? selected : (subjects.find((s) => s.id === value) ?? null)

  return (
    <section className="flex flex-col gap-y-3" data-testid="subject-picker">
      <div className="flex items-start justify-between gap-x-4">
        <div>
          <Heading level="h3">{t("ocop_certificate_form.subject")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ocop_certificate_form.subject_intro")}
          </Text>
        </div>
        <Button type="button" size="small" variant="secondary" onClick={() => setCreating((c) => !c)}>
          {t(creating ? "ocop_certificate_form.subject_pick" : "ocop_certificate_form.subject_new")}
        </Button>
      </div>
      {current && (
        <div className="bg-ui-bg-subtle rounded-md px-3 py-2" data-testid="selected-subject">
          <Text size="small" weight="plus">
            {current.legal_name}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {subjectLine(current, t)}
          </Text>
        </div>
      )}
      {creating ? (
        <NewSubjectForm
          onCreated={(subject) => {
            setSelected(subject)
            onChange(subject)
            setCreating(false)
          }}
        />
      ) : (
        <div className="flex flex-col gap-y-2">
          <Input
            type="search"
            size="small"
            placeholder={t("ocop_certificate_form.subject_search")}
            aria-label={t("ocop_certificate_form.subject_search_label")}
            data-testid="subject-search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
          {error && (
            <Text size="small" className="text-ui-fg-error">
              {t("ocop_certificate_form.subjects_failed")}
            </Text>
          )}
          <div
            className="flex max-h-48 flex-col overflow-y-auto rounded-md border"
            role="listbox"
            aria-label={t("ocop_certificate_form.subjects")}
          >
            {subjects.map((subject) => (
              <button
                type="button"
                role="option"
                aria-selected={subject.id === value}
                key={subject.id}
                data-testid="subject-option"
                className={clx(
                  "hover:bg-ui-bg-base-hover flex flex-col items-start px-3 py-1.5 text-left",
                  subject.id === value && "bg-ui-bg-highlight",
                )}
                onClick={() => {
                  setSelected(subject)
                  onChange(subject)
                }}
              >
                <span className="txt-small-plus">{subject.legal_name}</span>
                <span className="txt-xsmall text-ui-fg-subtle">{subjectLine(subject, t)}</span>
              </button>
            ))}
            {!subjects.length && (
              <Text size="small" className="text-ui-fg-muted px-3 py-2">
                {t(isFetching ? "ocop_certificate_form.subjects_loading" : "ocop_certificate_form.subjects_none")}
              </Text>
            )}
          </div>
        </div>
      )}
      <FieldErrors errors={errorsFor(serverErrors, "subject_id")} />
    </section>
  )
}

const NewSubjectForm = ({ onCreated }: { onCreated: (subject: OcopSubject) => void }) => {
  const { t } = useTranslation()
  const create = useCreateSubject()
  const [errors, setErrors] = useState<FieldError[]>([])
  const [general, setGeneral] = useState<string | null>(null)
  const [form, setForm] = useState({
    legal_name: "",
    type: "" as SubjectType | "",
    tax_code: "",
    address: "",
    province: "",
    historical_province: "",
  })
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }))
  const historical = form.historical_province.trim() ? resolveProvince(form.historical_province) : null

  const submit = () => {
    setErrors([])
    setGeneral(null)
    create.mutate(
      {
        legal_name: form.legal_name.trim(),
        type: form.type as SubjectType,
        tax_code: form.tax_code.trim(),
        address: form.address.trim(),
        province: form.province,
        ...(form.historical_province.trim() ? { historical_province: form.historical_province.trim() } : {}),
      },
      {
        onSuccess: ({ subject }) => {
          toast.success(t("ocop_certificate_form.subject_created"), { description: subject.legal_name })
          onCreated(subject)
        },
        onError: (error) => {
          const parsed = parseServerError(error)
          setErrors(parsed.fields)
          setGeneral(t("ocop_certificate_form.subject_failed"))
        },
      },
    )
  }

  return (
    <div className="flex flex-col gap-y-3 rounded-md border p-3" data-testid="new-subject-form">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-y-1 md:col-span-2">
          <Label htmlFor="ocop-subject-legal-name" size="small">
            {t("ocop_certificate_form.legal_name")}
          </Label>
          <Input
            id="ocop-subject-legal-name"
            size="small"
            value={form.legal_name}
            onChange={(e) => set("legal_name")(e.target.value)}
          />
          <FieldErrors errors={errorsFor(errors, "legal_name")} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small">{t("ocop_certificate_form.type")}</Label>
          <Select value={form.type} onValueChange={set("type")} size="small">
            <Select.Trigger data-testid="subject-type" aria-label={t("ocop_certificate_form.type")}>
              <Select.Value placeholder={t("ocop_certificate_form.type_placeholder")} />
            </Select.Trigger>
            <Select.Content>
              {SUBJECT_TYPES.map((type) => (
                <Select.Item key={type} value={type}>
                  {t(`ocop_certificate.subject_type.${type}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <FieldErrors errors={errorsFor(errors, "type")} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="ocop-subject-tax-code" size="small">
            {t("ocop_certificate_form.tax_code")}
          </Label>
          <Input
            id="ocop-subject-tax-code"
            size="small"
            placeholder={t("ocop_certificate_form.tax_code_placeholder")}
            value={form.tax_code}
            onChange={(e) => set("tax_code")(e.target.value)}
          />
          <FieldErrors errors={errorsFor(errors, "tax_code")} />
        </div>
        <div className="flex flex-col gap-y-1 md:col-span-2">
          <Label htmlFor="ocop-subject-address" size="small">
            {t("ocop_certificate_form.address")}
          </Label>
          <Input
            id="ocop-subject-address"
            size="small"
            value={form.address}
            onChange={(e) => set("address")(e.target.value)}
          />
          <FieldErrors errors={errorsFor(errors, "address")} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small">{t("ocop_certificate_form.province")}</Label>
          <Select value={form.province} onValueChange={set("province")} size="small">
            <Select.Trigger data-testid="subject-province" aria-label={t("ocop_certificate_form.province")}>
              <Select.Value placeholder={t("ocop_certificate_form.province_placeholder")} />
            </Select.Trigger>
            <Select.Content>
              {PROVINCE_NAMES.map((name) => (
                <Select.Item key={name} value={name}>
                  {name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <FieldErrors errors={errorsFor(errors, "province")} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="ocop-subject-historical" size="small">
            {t("ocop_certificate_form.historical_province")}
          </Label>
          <Input
            id="ocop-subject-historical"
            size="small"
            value={form.historical_province}
            onChange={(e) => set("historical_province")(e.target.value)}
          />
          {historical && historical.current !== form.province && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("ocop_certificate_form.now_in", { old: form.historical_province, current: historical.current })}
            </Text>
          )}
          <FieldErrors errors={errorsFor(errors, "historical_province")} />
        </div>
      </div>
      {general && !errors.length && (
        <Text size="small" className="text-ui-fg-error">
          {general}
        </Text>
      )}
      <div className="flex justify-end">
        <Button type="button" size="small" onClick={submit} isLoading={create.isPending}>
          {t("ocop_certificate_form.save_subject")}
        </Button>
      </div>
    </div>
  )
}
