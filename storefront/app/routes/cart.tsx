import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/cart"
import { LivePriceLabel } from "../components/LivePriceLabel"
import { FieldError, Money, Notice, ProductImage } from "../components/ui"
import { formatDate, langFromPath, localePath, useT, type Lang } from "../i18n"
import {
  addItem,
  describeCart,
  getSessionCart,
  removeItem,
  updateItem,
  type CartError,
  type CartLine,
} from "../lib/cart.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { commitSession, getSession, hasSessionCookie } from "../lib/session.server"
import { safeReturnPath } from "../lib/return-path"
import { MAX_QUANTITY } from "../lib/validation"
import { privatePageMeta } from "../lib/seo"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export const meta = privatePageMeta("cart.title")

export async function loader({ request }: Route.LoaderArgs) {
  const session = await getSession(request)
  const cart = await getSessionCart(session)
  const view = cart ? await describeCart(cart) : null
  // No cookie for a visitor who has none: looking at an empty cart starts no session.
  const headers = new Headers(privateNoStore)
  if (hasSessionCookie(request)) headers.set("Set-Cookie", await commitSession(request, session))
  return data({ cart: view }, { headers })
}

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const form = await request.formData()
  const session = await getSession(request)
  const intent = formIntent(form, ["add", "update", "remove"])
  const cartPath = localePath(lang, "/cart")

  if (intent === "add") {
    // From a product card in a listing: back to that listing, with a message either way.
    const back = safeReturnPath(form.get("return_to"), cartPath)
    const result = await addItem(session, {
      productId: form.get("product_id"),
      variantId: form.get("variant_id"),
      quantity: form.get("quantity") ?? "1",
      expectedPrice: form.get("price"),
    })
    session.flash(
      "flash",
      result.ok
        ? { kind: "success", key: "cart.added", params: { count: session.get("cartCount") ?? 0 } }
        : { kind: "error", key: result.error.key, params: priceParams(result.error, lang) },
    )
    return redirect(back, { headers: { "Set-Cookie": await commitSession(request, session) } })
  }

  // Update or remove a line.
  const lineId = form.get("line_id")
  const result =
    intent === "update" ? await updateItem(session, lineId, form.get("quantity")) : await removeItem(session, lineId)
  if (!result.ok) {
    return data(
      {
        lineId: typeof lineId === "string" ? lineId : null,
        error: result.error,
        quantity: String(form.get("quantity") ?? ""),
      },
      { status: 400, headers: { ...privateNoStore, "Set-Cookie": await commitSession(request, session) } },
    )
  }
  session.flash("flash", { kind: "success", key: intent === "remove" ? "cart.removed" : "cart.updated" })
  return redirect(cartPath, { headers: { "Set-Cookie": await commitSession(request, session) } })
}

/** A changed price is shown formatted in the flash message. */
function priceParams(error: CartError, lang: Lang) {
  if (error.key === "error.price.changed" && error.params?.price != null) {
    return { price: new Intl.NumberFormat(lang === "en" ? "en-US" : "vi-VN").format(Number(error.params.price)) + " ₫" }
  }
  return error.params
}

function LineRow({ line, error, quantity }: { line: CartLine; error?: CartError | null; quantity?: string }) {
  const { t, href, lang } = useT()
  const navigation = useNavigation()
  const busy = navigation.state === "submitting" && navigation.formData?.get("line_id") === line.id
  const title = lang === "en" && line.titleEn ? line.titleEn : line.title
  const variant = lang === "en" && line.variantTitleEn ? line.variantTitleEn : line.variantTitle
  const qtyId = `qty-${line.id}`
  const problemId = `problem-${line.id}`
  return (
    <li className={line.problem ? "cart-line has-problem" : "cart-line"}>
      <ProductImage
        image={line.thumbnail ? { url: line.thumbnail } : null}
        alt=""
        sizes="5rem"
        width={80}
        height={80}
      />
      <div className="line-body">
        <h2 className="line-title">
          {line.handle ? <Link to={href(`/products/${line.handle}`)}>{title}</Link> : title}
        </h2>
        {variant ? <p className="line-variant">{variant}</p> : null}
        {line.slotStartsAt ? (
          <p className="line-variant" data-testid="line-slot">
            {t("tourism.line.date", { date: formatDate(line.slotStartsAt, lang, true) })}
          </p>
        ) : null}
        <p className="line-price">
          <Money amount={line.unitPrice} /> × {line.quantity} ={" "}
          <strong>
            <Money amount={line.total} />
          </strong>
        </p>
        {line.livePrice ? (
          <p className="line-variant">
            <LivePriceLabel price={line.livePrice} />
          </p>
        ) : null}
        {line.problem ? (
          <p className="line-problem" id={problemId} role="alert">
            {t(line.problem.key, line.problem.params)}
          </p>
        ) : null}
        <div className="line-actions">
          <Form method="post" className="qty-form" preventScrollReset noValidate>
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="line_id" value={line.id} />
            <div className={error ? "field has-error" : "field"}>
              <label htmlFor={qtyId}>{t("product.quantity")}</label>
              <input
                id={qtyId}
                name="quantity"
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_QUANTITY}
                defaultValue={error ? quantity : line.quantity}
                aria-invalid={error ? true : undefined}
                aria-describedby={
                  [error ? `${qtyId}-error` : null, line.problem ? problemId : null].filter(Boolean).join(" ") ||
                  undefined
                }
              />
              <FieldError id={`${qtyId}-error`} error={error?.key} params={error?.params} />
            </div>
            <button type="submit" className="button small secondary" disabled={busy}>
              {t("cart.update")}
              <span className="visually-hidden">: {title}</span>
            </button>
          </Form>
          <Form method="post" preventScrollReset>
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="line_id" value={line.id} />
            <button type="submit" className="button small link" disabled={busy}>
              {t("cart.remove")}
              <span className="visually-hidden">: {title}</span>
            </button>
          </Form>
        </div>
      </div>
    </li>
  )
}

export default function Cart({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const cart = loaderData.cart
  if (!cart || cart.lines.length === 0) {
    return (
      <>
        <h1>{t("cart.title")}</h1>
        <p>{t("cart.empty")}</p>
        <p>
          <Link to={href("/products")} className="button">
            {t("cart.continue")}
          </Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>{t("cart.title")}</h1>
      {actionData?.error && !actionData.lineId ? <Notice kind="error">{t(actionData.error.key)}</Notice> : null}
      {cart.hasProblems ? <Notice kind="error">{t("error.cart.problems")}</Notice> : null}
      <ul className="cart-lines" aria-label={t("cart.items")}>
        {cart.lines.map((line) => (
          <LineRow
            key={line.id}
            line={line}
            error={actionData?.lineId === line.id ? actionData.error : null}
            quantity={actionData?.lineId === line.id ? actionData.quantity : undefined}
          />
        ))}
      </ul>
      <section className="cart-summary" aria-label={t("cart.summary")}>
        <dl>
          <dt>{t("cart.subtotal", { count: cart.count })}</dt>
          <dd>
            <Money amount={cart.itemTotal} currency={cart.currency} />
          </dd>
        </dl>
        <p className="small">{t("cart.shipping_later")}</p>
        {cart.hasProblems ? (
          <p className="small">{t("cart.fix_first")}</p>
        ) : (
          <Link to={href("/checkout")} className="button primary block">
            {t("cart.checkout")}
          </Link>
        )}
        <p>
          <Link to={href("/products")}>{t("cart.continue")}</Link>
        </p>
      </section>
    </>
  )
}
