import { Checkbox, Heading, Input, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { MandatoryCriterion, ScorePart } from "../../rules/criteria"
import { fromHundredths } from "../../rules/scoring"
import { errorsFor, type FieldError } from "../lib/errors"
import type { ScorePreview } from "../lib/certificate-form"
import { formatPoints, localized } from "../lib/labels"
import { FieldErrors } from "./field-error"

/**
 * The score sheet (phiếu chấm điểm) of Decision 148/2023 rendered from GET /admin/ocop/rules:
 * one number input per criterion with its maximum, part subtotals as the officer types.
 */
export const ScoreSheet = ({
  parts,
  values,
  preview,
  serverErrors,
  onChange,
}: {
  parts: ScorePart[]
  values: Record<string, string>
  preview: ScorePreview
  serverErrors: FieldError[]
  onChange: (code: string, value: string) => void
}) => {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <div className="flex flex-col gap-y-6" data-testid="score-sheet">
      {parts.map((part) => (
        <section key={part.code} className="flex flex-col gap-y-3" data-testid={`score-part-${part.code}`}>
          <div className="flex items-baseline justify-between gap-x-4">
            <div>
              <Heading level="h3">
                {t("ocop_certificate_form.part", { code: part.code, label: localized(part, lang) })}
              </Heading>
            </div>
            <Text size="small" weight="plus" className="whitespace-nowrap" data-testid={`part-total-${part.code}`}>
              {formatPoints(fromHundredths(preview.parts[part.code]), lang)} / {part.max}
            </Text>
          </div>
          <div className="grid grid-cols-1 gap-x-4 gap-y-2 md:grid-cols-2">
            {part.criteria.map((criterion) => {
              const id = `ocop-score-${criterion.code}`
              const fieldErrors = errorsFor(serverErrors, `scores.${part.code}.${criterion.code}`)
              const invalid = preview.invalid[criterion.code]
              return (
                <div key={criterion.code} className="flex flex-col gap-y-1">
                  <div className="flex items-center gap-x-3">
                    <Label htmlFor={id} size="small" className="flex-1">
                      <span className="font-medium">{criterion.code}.</span> {localized(criterion, lang)}
                    </Label>
                    <div className="flex items-center gap-x-1">
                      <Input
                        id={id}
                        name={`scores.${part.code}.${criterion.code}`}
                        data-testid={`score-${criterion.code}`}
                        type="number"
                        inputMode="decimal"
                        min={0}
                        max={criterion.max}
                        step={0.25}
                        size="small"
                        className="w-20"
                        aria-invalid={!!invalid || fieldErrors.length > 0}
                        value={values[criterion.code] ?? ""}
                        onChange={(event) => onChange(criterion.code, event.target.value)}
                      />
                      <Text size="xsmall" className="text-ui-fg-muted w-8">
                        /{criterion.max}
                      </Text>
                    </div>
                  </div>
                  <FieldErrors errors={fieldErrors} local={[invalid && t(invalid, { max: criterion.max })]} />
                </div>
              )
            })}
          </div>
          <FieldErrors errors={errorsFor(serverErrors, `part_${part.code.toLowerCase()}`)} />
        </section>
      ))}
    </div>
  )
}

/** "Met" checkboxes of the mandatory criteria that apply to the product group. */
export const MandatoryChecklist = ({
  criteria,
  met,
  serverErrors,
  onChange,
}: {
  criteria: MandatoryCriterion[]
  met: Record<string, boolean>
  serverErrors: FieldError[]
  onChange: (code: string, value: boolean) => void
}) => {
  const { t, i18n } = useTranslation()
  return (
    <section className="flex flex-col gap-y-2" data-testid="mandatory-criteria">
      <div>
        <Heading level="h3">{t("ocop_certificate_form.mandatory")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ocop_certificate_form.mandatory_intro")}
        </Text>
      </div>
      {criteria.map((criterion) => {
        const id = `ocop-mandatory-${criterion.code}`
        return (
          <div key={criterion.code} className="flex items-start gap-x-2">
            <Checkbox
              id={id}
              data-testid={`mandatory-${criterion.code}`}
              checked={!!met[criterion.code]}
              onCheckedChange={(checked) => onChange(criterion.code, checked === true)}
            />
            <Label htmlFor={id} size="small" className="leading-5">
              {t("ocop_certificate_form.mandatory_met", {
                label: localized(criterion, i18n.language),
                stars: criterion.from_stars,
              })}
            </Label>
          </div>
        )
      })}
      <FieldErrors errors={errorsFor(serverErrors, "mandatory_unmet", { nested: true })} />
    </section>
  )
}
