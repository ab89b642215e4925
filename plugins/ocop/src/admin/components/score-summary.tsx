import { Alert, Heading, Text } from "@medusajs/ui"
import type { MandatoryCriterion, ScorePart } from "../../rules/criteria"
import { fromHundredths } from "../../rules/scoring"
import type { ScorePreview } from "../lib/certificate-form"
import { formatPoints } from "../lib/labels"
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
  const total = fromHundredths(preview.total)
  const downgradedBy = preview.downgraded_by
    .map((code) => mandatory.find((c) => c.code === code))
    .filter(Boolean) as MandatoryCriterion[]
  return (
    <div className="flex flex-col gap-y-3" data-testid="score-summary">
      <Heading level="h3">Kết quả chấm điểm</Heading>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-ui-fg-subtle txt-small">
        {parts.map((part) => (
          <div key={part.code} className="contents">
            <dt>Phần {part.code}</dt>
            <dd className="text-right tabular-nums" data-testid={`summary-part-${part.code}`}>
              {formatPoints(fromHundredths(preview.parts[part.code]))} / {part.max}
            </dd>
          </div>
        ))}
        <dt className="text-ui-fg-base font-medium">Tổng điểm (total)</dt>
        <dd
          className="text-ui-fg-base text-right font-medium tabular-nums"
          data-testid="score-total"
          data-total={total}
        >
          {formatPoints(total)} / 100
        </dd>
      </dl>
      <Text size="xsmall" className="text-ui-fg-muted">
        Đã chấm {preview.filled}/{preview.expected} tiêu chí (criteria scored)
      </Text>
      <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-md p-3">
        <Text size="small" className="text-ui-fg-subtle">
          Hạng sao tính được (computed stars)
        </Text>
        <div className="flex items-center gap-x-3">
          <Stars stars={preview.stars} size="large" testId="computed-stars" />
          <Text size="large" weight="plus" data-testid="computed-stars-value" data-stars={preview.stars ?? 0}>
            {preview.stars ? `${preview.stars} sao` : preview.filled === 0 ? "Chưa chấm điểm" : "Không đạt hạng OCOP"}
          </Text>
        </div>
        {!preview.stars && preview.score_stars === null && preview.filled > 0 && (
          <Text size="xsmall" className="text-ui-fg-muted">
            Dưới 50 điểm: {preview.rank}★ là mức để cải thiện, không cấp chứng nhận (1★–2★ are feedback, not
            certificates).
          </Text>
        )}
      </div>
      {downgradedBy.length > 0 && (
        <Alert variant="warning" data-testid="downgrade-message">
          Đạt {preview.score_stars}★ theo điểm nhưng chưa đạt tiêu chí bắt buộc:{" "}
          {downgradedBy.map((c) => c.label_vi).join("; ")}. Hạng được xếp:{" "}
          {preview.stars ? `${preview.stars}★` : "không đạt 3★"}. (Scored {preview.score_stars}★; a mandatory criterion
          is not met, so the product is ranked at the highest level whose mandatory criteria it meets.)
        </Alert>
      )}
    </div>
  )
}
