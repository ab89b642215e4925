import { Alert, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { MandatoryCriterion, ScorePart } from "../../rules/criteria"
import { fromHundredths } from "../../rules/scoring"
import type { ScorePreview } from "../lib/certificate-form"
import { formatPoints, localized } from "../lib/labels"
import { Stars } from "./stars"

/** Live result of the score sheet: part totals, total, computed stars and why they were lowered. */
export const ScoreSummary = ({
  parts,
  mandatory,
  preview,
}: {
  parts: ScorePart[]
  mandatory: MandatoryCriterion[]
  preview: ScorePreview
}) => {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const total = fromHundredths(preview.total)
  const downgradedBy = preview.downgraded_by
    .map((code) => mandatory.find((c) => c.code === code))
    .filter(Boolean) as MandatoryCriterion[]
  return (
    <div className="flex flex-col gap-y-3" data-testid="score-summary">
      <Heading level="h3">{t("ocop_certificate_form.summary")}</Heading>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-ui-fg-subtle txt-small">
        {parts.map((part) => (
          <div key={part.code} className="contents">
            <dt>{t("ocop_certificate_form.part_short", { code: part.code })}</dt>
            <dd className="text-right tabular-nums" data-testid={`summary-part-${part.code}`}>
              {formatPoints(fromHundredths(preview.parts[part.code]), lang)} / {part.max}
            </dd>
          </div>
        ))}
        <dt className="text-ui-fg-base font-medium">{t("ocop_certificate_form.total")}</dt>
        <dd
          className="text-ui-fg-base text-right font-medium tabular-nums"
          data-testid="score-total"
          data-total={total}
        >
          {formatPoints(total, lang)} / 100
        </dd>
      </dl>
      <Text size="xsmall" className="text-ui-fg-muted">
        {t("ocop_certificate_form.scored", { filled: preview.filled, expected: preview.expected })}
      </Text>
      <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md p-3">
        <Text size="small" className="text-ui-fg-subtle">
          {t("ocop_certificate_form.computed_stars")}
        </Text>
        <div className="flex items-center gap-x-3">
          <Stars stars={preview.stars} size="large" testId="computed-stars" />
          <Text size="large" weight="plus" data-testid="computed-stars-value" data-stars={preview.stars ?? 0}>
            {preview.stars
              ? t("ocop_certificate_form.stars_value", { stars: preview.stars })
              : t(preview.filled === 0 ? "ocop_certificate_form.not_scored" : "ocop_certificate_form.not_ranked")}
          </Text>
        </div>
        {!preview.stars && preview.score_stars === null && preview.filled > 0 && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("ocop_certificate_form.below_50", { rank: preview.rank })}
          </Text>
        )}
      </div>
      {downgradedBy.length > 0 && (
        <Alert variant="warning" data-testid="downgrade-message">
          {t("ocop_certificate_form.downgraded", {
            score: preview.score_stars,
            criteria: downgradedBy.map((c) => localized(c, lang)).join("; "),
            stars: preview.stars ? `${preview.stars}★` : t("ocop_certificate_form.not_three"),
          })}
        </Alert>
      )}
    </div>
  )
}
