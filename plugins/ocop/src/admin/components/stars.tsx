import { clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

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
  const { t } = useTranslation()
  const count = stars ?? 0
  const label = stars ? t("ocop_certificate.stars", { stars }) : t("ocop_certificate.no_stars")
  return (
    <span
      className={clx("inline-flex items-center gap-x-0.5 leading-none", {
        "text-sm": size === "small",
        "text-base": size === "base",
        "text-2xl": size === "large",
      })}
      role="img"
      aria-label={label}
      title={label}
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
