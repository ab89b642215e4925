import { clx } from "@medusajs/ui"

/** OCOP stars as ★ icons, with the number for screen readers and tests (`data-stars`). */
export const Stars = ({
  stars,
  max = 5,
  size = "base",
  testId,
}: {
  stars: number | null | undefined
  max?: number
  size?: "small" | "base" | "large"
  testId?: string
}) => {
  const count = stars ?? 0
  return (
    <span
      className={clx("inline-flex items-center gap-x-0.5 leading-none", {
        "text-sm": size === "small",
        "text-base": size === "base",
        "text-2xl": size === "large",
      })}
      role="img"
      aria-label={stars ? `${stars} sao (${stars} stars)` : "Chưa xếp hạng (no stars)"}
      title={stars ? `${stars} sao` : "Chưa xếp hạng"}
      data-stars={count}
      data-testid={testId}
    >
      {Array.from({ length: max }, (_, i) => (
        <span key={i} aria-hidden className={i < count ? "text-ui-tag-orange-icon" : "text-ui-fg-disabled"}>
          {i < count ? "★" : "☆"}
        </span>
      ))}
    </span>
  )
}
