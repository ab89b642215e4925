import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/checkout"
import { OrderSummary } from "../components/SummaryLine"
import { AddressFields } from "../components/AddressFields"
import { FieldError, Money, Notice, TextField } from "../components/ui"
import { langFromPath, localePath, useT } from "../i18n"
import { describeCart, retrieveCart, type CartView } from "../lib/cart.server"
import {
  COD_PROVIDER,
  orderForCompletedCart,
  paymentChoices,
  pickupPoints,
  placeOrderOnce,
  readCheckout,
  shippingChoices,
  type CheckoutField,
  type CheckoutValues,
} from "../lib/checkout.server"
import { getCustomer } from "../lib/customer.server"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { commitSession, getSession, rememberOrder } from "../lib/session.server"
import type { VatInvoice } from "@ocop/reference"
import { invoiceDefaults } from "../lib/wholesale.server"
import { companyDeliveryAddresses } from "../lib/distributor.server"
import { fromMedusaAddress, type FieldErrors } from "../lib/validation"
import type { MessageKey } from "../i18n"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("checkout.title")

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  const cartId = session.get("cartId")
  const cart = cartId ? await retrieveCart(cartId, session.get("token")) : null
  if (!cart || cart.completed_at || !(cart.items ?? []).length) {
    throw redirect(localePath(lang, "/cart"))
  }
  const view = await describeCart(cart)
  const [customer, shipping, payment, companyInvoice, companyAddresses, pickup] = await Promise.all([
    getCustomer(session),
    shippingChoices(cart.id, session.get("token")),
    paymentChoices(cart.region_id!),
    invoiceDefaults(session.get("token")).catch(() => null),
    // A distributor's buyer delivers to one of the company's registered addresses.
    companyDeliveryAddresses(session.get("token")),
    // Where an order picked up at the cooperative is collected.
    pickupPoints(view.lines.map((line) => line.productId ?? "")).catch(() => []),
  ])
  // Invoice details already on the cart (an earlier attempt), else the distributor company's.
  const invoice = (cart.metadata?.vat_invoice as VatInvoice | null | undefined) ?? companyInvoice
  const saved = customer?.addresses ?? []
  const chosen = saved.find((a) => a.id === url.searchParams.get("address"))
  const fromCart = cart.shipping_address?.address_1 ? cart.shipping_address : null
  const companyChoice = companyAddresses.find((a) => a.id === url.searchParams.get("address"))
  const medusaAddress = chosen ?? fromCart ?? saved.find((a) => a.is_default_shipping) ?? saved[0] ?? null
  // A distributor's buyer without an address of its own starts from the company's first one.
  const address =
    companyChoice?.values ??
    (medusaAddress ? fromMedusaAddress(medusaAddress) : (companyAddresses[0]?.values ?? fromMedusaAddress(null)))
  const defaults: CheckoutValues = {
    ...address,
    phone: address.phone || (customer?.phone ?? ""),
    fullName: address.fullName || [customer?.last_name, customer?.first_name].filter(Boolean).join(" "),
    email: cart.email ?? customer?.email ?? "",
    shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? shipping[0]?.id ?? "",
    paymentProvider: COD_PROVIDER,
    note: typeof cart.metadata?.note === "string" ? cart.metadata.note : "",
    saveAddress: false,
    invoiceWanted: Boolean(invoice),
    invoiceCompany: invoice?.company_name ?? "",
    invoiceTaxCode: invoice?.tax_code ?? "",
    invoiceAddress: invoice?.address ?? "",
    invoiceEmail: invoice?.email ?? "",
  }
  return data(
    {
      cart: view,
      shipping,
      payment,
      defaults,
      customerEmail: customer?.email ?? null,
      savedAddresses: saved.map((a) => ({
        id: a.id,
        label: [a.address_1, a.city, a.province].filter(Boolean).join(", "),
      })),
      companyAddresses: companyAddresses.map(({ id, label }) => ({ id, label })),
      pickupPoints: pickup.map(({ producer, address, province }) => ({ producer, address, province })),
    },
    { headers: { ...privateNoStore, "Set-Cookie": await commitSession(request, session) } },
  )
}

type ActionFailure = {
  errors: FieldErrors<CheckoutField>
  formError: MessageKey | null
  values: CheckoutValues
  cart: CartView | null
}

export async function action({ request, url }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const session = await getSession(request)
  const form = await request.formData()
  const cartId = session.get("cartId")
  const toOrder = async (orderId: string) =>
    redirect(localePath(lang, `/orders/${orderId}`), {
      headers: { "Set-Cookie": await commitSession(request, session) },
    })

  if (!cartId) {
    // Submitted again after the order was placed (back button, reload): show that order.
    const last = session.get("orders")?.[0]
    if (last) return toOrder(last)
    return redirect(localePath(lang, "/cart"))
  }
  const cart = await retrieveCart(cartId, session.get("token"))
  if (!cart) return redirect(localePath(lang, "/cart"))
  if (cart.completed_at) {
    const orderId = await orderForCompletedCart(session, cart.id)
    if (orderId) {
      rememberOrder(session, cart.id, orderId)
      return toOrder(orderId)
    }
    return redirect(localePath(lang, "/cart"))
  }

  const values = readCheckout(form)
  const customer = await getCustomer(session)
  const result = await placeOrderOnce(cart, values, {
    customerEmail: customer?.email ?? null,
    token: session.get("token") ?? null,
    savedAddresses: customer?.addresses ?? [],
  })
  if (result.ok && "pay" in result) {
    // Card payment: the session is made, the card is taken on the next step.
    return redirect(localePath(lang, "/checkout/pay"), {
      headers: { "Set-Cookie": await commitSession(request, session) },
    })
  }
  if (result.ok) {
    rememberOrder(session, cart.id, result.orderId, result.accessToken)
    return toOrder(result.orderId)
  }
  const failure: ActionFailure = {
    errors: result.errors,
    formError: result.formError,
    values: result.values,
    cart: result.cart ?? null,
  }
  return data(failure, {
    status: 400,
    headers: { ...privateNoStore, "Set-Cookie": await commitSession(request, session) },
  })
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  const navigation = useNavigation()
  const submitting = navigation.state !== "idle" && navigation.formMethod === "POST"
  const values = actionData?.values ?? loaderData.defaults
  const errors = actionData?.errors ?? {}
  const cart = actionData?.cart ?? loaderData.cart
  // A cart of booked services only (community tourism) has no address or shipping step.
  const needsShipping = cart.needsShipping
  const selectedShipping = needsShipping ? loaderData.shipping.find((o) => o.id === values.shippingOptionId) : undefined
  const errorCount = Object.keys(errors).length

  return (
    <>
      <h1>{t("checkout.title")}</h1>
      {actionData?.formError ? <Notice kind="error">{t(actionData.formError)}</Notice> : null}
      {errorCount ? <Notice kind="error">{t("checkout.fix_fields", { count: errorCount })}</Notice> : null}

      <div className="checkout-grid">
        <Form method="post" className="checkout-form" noValidate>
          {loaderData.customerEmail ? (
            <p className="signed-in">{t("checkout.signed_in_as", { email: loaderData.customerEmail })}</p>
          ) : (
            <fieldset>
              <legend>{t("checkout.contact")}</legend>
              <TextField
                name="email"
                type="email"
                label={t("checkout.email")}
                hint={t("checkout.email_hint")}
                autoComplete="email"
                inputMode="email"
                required
                defaultValue={values.email}
                error={errors.email}
              />
              <p className="small">
                <Link to={`${href("/account/login")}?next=${encodeURIComponent(href("/checkout"))}`}>
                  {t("checkout.sign_in_instead")}
                </Link>
              </p>
            </fieldset>
          )}

          {needsShipping ? null : (
            <p className="notice info" data-testid="no-shipping">
              {t("tourism.checkout.no_shipping")}
            </p>
          )}
          {needsShipping ? (
            <>
              <fieldset>
                <legend>{t("checkout.address")}</legend>
                <AddressChoices
                  label={t("checkout.company_addresses")}
                  prefix={t("checkout.use_company_address")}
                  addresses={loaderData.companyAddresses}
                />
                <AddressChoices
                  label={t("account.addresses")}
                  prefix={t("checkout.use_address")}
                  addresses={loaderData.savedAddresses}
                />
                {loaderData.shipping.some((option) => option.code === "pickup") ? (
                  <p className="hint">{t("checkout.pickup_address_hint")}</p>
                ) : null}
                <AddressFields values={values} errors={errors} />
                {loaderData.customerEmail ? (
                  <label className="check">
                    <input type="checkbox" name="save_address" defaultChecked={values.saveAddress} />{" "}
                    {t("checkout.save_address")}
                  </label>
                ) : null}
              </fieldset>

              <fieldset aria-describedby={errors.shipping_option ? "shipping-error" : undefined}>
                <legend>{t("checkout.shipping")}</legend>
                {loaderData.shipping.length ? (
                  loaderData.shipping.map((option) => (
                    <label key={option.id} className="choice">
                      <input
                        type="radio"
                        name="shipping_option"
                        value={option.id}
                        defaultChecked={option.id === values.shippingOptionId}
                      />
                      <span className="choice-title">
                        {option.code === "other" ? option.name : t(`shipping.${option.code}`)}
                      </span>
                      <span className="choice-note">
                        {option.code === "other" ? null : t(`shipping.${option.code}_note`)}
                        {option.code === "pickup" && loaderData.pickupPoints.length ? (
                          <span className="pickup-points" data-testid="pickup-points">
                            {loaderData.pickupPoints.map((point) => (
                              <span key={point.producer} className="pickup-point">
                                {t("shipping.pickup_at", {
                                  producer: point.producer,
                                  address: [point.address, point.province].filter(Boolean).join(", "),
                                })}
                              </span>
                            ))}
                          </span>
                        ) : null}
                      </span>
                      <span className="choice-price">
                        {option.amount ? <Money amount={option.amount} currency={cart.currency} /> : t("shipping.free")}
                      </span>
                    </label>
                  ))
                ) : (
                  <p>{t("shipping.none")}</p>
                )}
                <FieldError id="shipping-error" error={errors.shipping_option} />
              </fieldset>
            </>
          ) : null}

          <fieldset aria-describedby={errors.payment_provider ? "payment-error" : undefined}>
            <legend>{t("checkout.payment")}</legend>
            {loaderData.payment.map((choice) => (
              <label key={choice.id} className="choice">
                <input
                  type="radio"
                  name="payment_provider"
                  value={choice.id}
                  defaultChecked={choice.id === values.paymentProvider}
                />
                <span className="choice-title">{t(`payment.${choice.kind}`)}</span>
                <span className="choice-note">{t(`payment.${choice.kind}_note`)}</span>
              </label>
            ))}
            <FieldError id="payment-error" error={errors.payment_provider} />
          </fieldset>

          <fieldset className="vat-invoice">
            <legend>{t("checkout.invoice")}</legend>
            <label className="check">
              <input type="checkbox" name="invoice_wanted" defaultChecked={values.invoiceWanted} />{" "}
              {t("checkout.invoice_wanted")}
            </label>
            <p className="hint">{t("checkout.invoice_hint")}</p>
            <TextField
              name="invoice_company"
              label={t("checkout.invoice_company")}
              defaultValue={values.invoiceCompany}
              error={errors.invoice_company}
              maxLength={200}
              autoComplete="organization"
            />
            <TextField
              name="invoice_tax_code"
              label={t("checkout.invoice_tax_code")}
              hint={t("checkout.invoice_tax_code_hint")}
              defaultValue={values.invoiceTaxCode}
              error={errors.invoice_tax_code}
              maxLength={20}
              inputMode="numeric"
            />
            <TextField
              name="invoice_address"
              label={t("checkout.invoice_address")}
              defaultValue={values.invoiceAddress}
              error={errors.invoice_address}
              maxLength={300}
            />
            <TextField
              name="invoice_email"
              type="email"
              label={t("checkout.invoice_email")}
              defaultValue={values.invoiceEmail}
              error={errors.invoice_email}
              maxLength={254}
              inputMode="email"
            />
          </fieldset>

          <TextField name="note" label={t("checkout.note")} rows={2} maxLength={500} defaultValue={values.note} />

          <button type="submit" className="button primary block" disabled={submitting}>
            {submitting ? t("checkout.placing") : t("checkout.place_order")}
          </button>
          <p className="small">
            {loaderData.payment.some((choice) => choice.kind === "stripe")
              ? t("checkout.payment_promise")
              : t("checkout.cod_promise")}
          </p>
        </Form>

        <OrderSummary
          lines={cart.lines}
          currency={cart.currency}
          problem={(line) =>
            line.problem ? (
              <span className="line-problem" role="alert">
                {t(line.problem.key, line.problem.params)} <Link to={href("/cart")}>{t("checkout.fix_in_cart")}</Link>
              </span>
            ) : null
          }
        >
          <dl className="totals">
            <dt>{t("cart.subtotal", { count: cart.count })}</dt>
            <dd>
              <Money amount={cart.itemTotal} currency={cart.currency} />
            </dd>
            <dt>{t("checkout.shipping_fee")}</dt>
            <dd>
              {!needsShipping ? (
                t("shipping.free")
              ) : selectedShipping ? (
                selectedShipping.amount ? (
                  <Money amount={selectedShipping.amount} currency={cart.currency} />
                ) : (
                  t("shipping.free")
                )
              ) : (
                "—"
              )}
            </dd>
            <dt className="grand">{t("checkout.total")}</dt>
            <dd className="grand">
              <Money amount={cart.itemTotal + (selectedShipping?.amount ?? 0)} currency={cart.currency} />
            </dd>
          </dl>
        </OrderSummary>
      </div>
    </>
  )
}

/** Addresses to fill the form with (the company's delivery addresses, the customer's saved ones): a link each, no JavaScript needed. */
function AddressChoices({
  label,
  prefix,
  addresses,
}: {
  label: string
  prefix: string
  addresses: { id: string; label: string }[]
}) {
  if (!addresses.length) return null
  return (
    <ul className="saved-addresses" aria-label={label}>
      {addresses.map((a) => (
        <li key={a.id}>
          <Link to={`?address=${a.id}`} preventScrollReset>
            {prefix}: {a.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}
