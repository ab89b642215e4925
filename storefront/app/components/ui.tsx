import { useEffect, useRef, type ReactNode } from "react"
import { Form, Link } from "react-router"
import { useT, intlLocale, type MessageKey, type Params } from "../i18n"
import { formatMoney } from "../lib/money"
import type { ImageView, StockState } from "../lib/products"
import { safeSrcSet, safeUrl } from "../lib/safe-url"
import { MAX_QUANTITY } from "../lib/validation"

export function Money({ amount, currency = "vnd" }: { amount: number | null | undefined; currency?: string }) {
  const { lang } = useT()
  if (amount == null) return null
  return <>{formatMoney(amount, currency, intlLocale(lang))}</>
}

/** "★★★★☆ OCOP 4 sao": the stars are decoration, the text says it. */
export function Stars({ stars, compact = false }: { stars: number | null | undefined; compact?: boolean }) {
  const { t } = useT()
  if (!stars) return null
  return (
    <span className={compact ? "ocop-stars compact" : "ocop-stars"}>
      <span aria-hidden="true" className="star-glyphs">
        {"★".repeat(stars)}
        {compact ? "" : "☆".repeat(5 - stars)}
      </span>{" "}
      <span className="star-text">{t("ocop.stars", { stars })}</span>
    </span>
  )
}

export function StockBadge({ stock, available }: { stock: StockState; available?: number | null }) {
  const { t } = useT()
  if (stock === "out_of_stock") return <span className="stock out">{t("stock.out")}</span>
  if (stock === "low_stock" && available != null)
    return <span className="stock low">{t("stock.low", { count: available })}</span>
  return <span className="stock in">{t("stock.in")}</span>
}

export function ProductImage({
  image,
  alt,
  sizes,
  eager = false,
  width = 400,
  height = 400,
}: {
  image: ImageView | { url: string; srcSet?: string | null } | null
  alt: string
  sizes: string
  eager?: boolean
  width?: number
  height?: number
}) {
  if (!image) return <div className="img-placeholder" aria-hidden="true" />
  return (
    <img
      src={safeUrl(image.url)}
      srcSet={safeSrcSet(image.srcSet)}
      sizes={safeSrcSet(image.srcSet) ? sizes : undefined}
      alt={alt}
      width={width}
      height={height}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
    />
  )
}

export function FieldError({ id, error, params }: { id: string; error?: MessageKey | null; params?: Params }) {
  const { t } = useT()
  if (!error) return null
  return (
    <p className="field-error" id={id} role="alert">
      {t(error, params)}
    </p>
  )
}

type FieldProps = {
  name: string
  label: string
  error?: MessageKey | null
  errorParams?: Params
  hint?: string
  defaultValue?: string | number
  type?: string
  autoComplete?: string
  inputMode?: "text" | "tel" | "email" | "numeric"
  required?: boolean
  readOnly?: boolean
  id?: string
  pattern?: string
  maxLength?: number
  min?: number
  max?: number
  /** A class beside "field" on the wrapper ("qty" for the narrow quantity box). */
  className?: string
  /** A text of several lines: a textarea this many rows high. */
  rows?: number
}

/** A labelled input; its error (if any) is announced and linked with aria-describedby. */
export function TextField(props: FieldProps) {
  const id = props.id ?? `f-${props.name}`
  const describedBy = [props.error ? `${id}-error` : null, props.hint ? `${id}-hint` : null].filter(Boolean).join(" ")
  // What the one-line input and the several-line textarea share: name, value, limits and the error's wiring
  const common = {
    id,
    name: props.name,
    defaultValue: props.defaultValue,
    required: props.required,
    readOnly: props.readOnly,
    maxLength: props.maxLength,
    "aria-invalid": props.error ? true : undefined,
    "aria-describedby": describedBy || undefined,
  }
  return (
    <div className={["field", props.error ? "has-error" : null, props.className].filter(Boolean).join(" ")}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.rows ? (
        <textarea {...common} rows={props.rows} />
      ) : (
        <input
          {...common}
          type={props.type ?? "text"}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          pattern={props.pattern}
          min={props.min}
          max={props.max}
        />
      )}
      <FieldError id={`${id}-error`} error={props.error} params={props.errorParams} />
    </div>
  )
}

/**
 * A form that does one thing on a page with several (its `intent`, see app/lib/intent.server.ts):
 * the fields it needs, then its one button.
 */
export function IntentForm({
  intent,
  label,
  primary = false,
  busy,
  children,
}: {
  intent: string
  label: string
  primary?: boolean
  busy: boolean
  children?: ReactNode
}) {
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value={intent} />
      {children}
      <button type="submit" className={primary ? "button primary" : "button secondary"} disabled={busy}>
        {label}
      </button>
    </Form>
  )
}

/**
 * A one-button form acting on one item of a list: its `intent` and the item's id (in the field
 * `field`, "id" unless named), as a row's "remove", "approve" or "accept".
 */
export function RowAction({
  intent,
  id,
  field = "id",
  label,
  buttonClass = "button small",
  inline = true,
}: {
  intent: string
  id: string
  field?: string
  label: string
  buttonClass?: string
  inline?: boolean
}) {
  return (
    <Form method="post" className={inline ? "inline" : undefined}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={field} value={id} />
      <button type="submit" className={buttonClass}>
        {label}
      </button>
    </Form>
  )
}

/** How many to buy or book (a whole number from 1 to the most a line takes), its refusal beside it. */
export function QuantityField({
  label,
  defaultValue,
  error,
}: {
  label: string
  defaultValue: string | number
  error?: { key: MessageKey; params?: Params } | null
}) {
  return (
    <TextField
      id="quantity"
      name="quantity"
      className="qty"
      type="number"
      inputMode="numeric"
      min={1}
      max={MAX_QUANTITY}
      label={label}
      defaultValue={defaultValue}
      error={error?.key ?? null}
      errorParams={error?.params}
    />
  )
}

/** The password a person chooses at registration: its rules in the hint, the browser may suggest one. */
export function NewPasswordField({ error }: { error?: MessageKey | null }) {
  const { t } = useT()
  return (
    <TextField
      name="password"
      type="password"
      label={t("account.password")}
      hint={t("account.password_hint")}
      autoComplete="new-password"
      required
      error={error}
    />
  )
}

/**
 * A message above a form or page. An error that appears (after a submit, with JavaScript) takes the
 * focus, so it scrolls into view and is read out; the first of several errors keeps it.
 */
export function Notice({ kind, children }: { kind: "success" | "error" | "info"; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  // A new message text (e.g. fewer fields left to fix after a second submit) takes the focus again.
  const text = typeof children === "string" ? children : null
  useEffect(() => {
    if (kind !== "error" || document.activeElement?.closest(".notice.error")) return
    ref.current?.focus()
  }, [kind, text])
  return (
    <div
      ref={ref}
      className={`notice ${kind}`}
      role={kind === "error" ? "alert" : "status"}
      tabIndex={kind === "error" ? -1 : undefined}
    >
      {children}
    </div>
  )
}

export function Breadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  const { t } = useT()
  return (
    <nav aria-label={t("nav.breadcrumbs")} className="breadcrumbs">
      <ol>
        {items.map((item, i) => (
          <li key={i}>
            {item.to ? <Link to={item.to}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  )
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" }

/**
 * Text from the search engine with the matched words in <mark>: rendered as React nodes, never as
 * HTML, so nothing but the marks can reach the page.
 */
export function Marked({ html }: { html: string }) {
  const text = (part: string) => part.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])
  return (
    <>
      {html
        .split(/<mark>([\s\S]*?)<\/mark>/)
        .map((part, i) => (i % 2 ? <mark key={i}>{text(part)}</mark> : text(part)))}
    </>
  )
}
