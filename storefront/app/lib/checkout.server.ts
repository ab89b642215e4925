/**
 * Checkout: a Vietnamese address, a shipping option of the cart, then payment: cash on delivery
 * (Medusa's system payment provider) completes the cart at once; a card (Medusa's Stripe provider)
 * gets a payment session here and is paid on the card step (routes/checkout.pay.tsx), whose return
 * page completes the cart. Either way the cart is completed exactly once: a second submit of the
 * same checkout (double click, reload, back button, two tabs) finds the order the first one made.
 */
import { describeCart, retrieveCart, type CartView, type StoreCart } from "./cart.server"
import { authHeaders, errorMessage, errorStatus, sdk, type StoreShippingOption } from "./medusa.server"
import { isTaxCode, type VatInvoice } from "@ocop/reference"
import {
  choosePaymentMethods,
  COD_PROVIDER,
  STRIPE_PROVIDER,
  stripePublishableKey,
  type PaymentChoice,
} from "./payment"
import { rememberOrder, type AppSession } from "./session.server"
import { saveCartInvoice } from "./wholesale.server"
import {
  isEmail,
  readAddress,
  splitVietnameseName,
  toMedusaAddress,
  validateAddress,
  validateReceiver,
  type AddressField,
  type AddressInput,
  type FieldErrors,
  type MedusaAddressLike,
} from "./validation"
import { isMessageKey, type MessageKey } from "../i18n"

export { COD_PROVIDER, STRIPE_PROVIDER, type PaymentChoice }

/** Stripe.js needs the account's publishable key; without one the storefront offers no card payment. */
export function storefrontStripeKey() {
  return stripePublishableKey(process.env.STRIPE_PUBLISHABLE_KEY)
}

export type ShippingChoice = { id: string; name: string; amount: number; code: "standard" | "pickup" | "other" }

/** Where an order picked up at the cooperative is collected: the certified producer of its products. */
export type PickupPoint = { producer: string; address: string; province: string; product_ids: string[] }

/** The pickup points of these products (one per producer); none when the backend cannot tell. */
export async function pickupPoints(productIds: string[]): Promise<PickupPoint[]> {
  const ids = [...new Set(productIds)].slice(0, 100)
  if (!ids.length) return []
  const { pickup_points } = await sdk.client.fetch<{ pickup_points: PickupPoint[] }>("/store/ocop/pickup-points", {
    query: { product_id: ids.join(",") },
  })
  return pickup_points
}

export type InvoiceField = "invoice_company" | "invoice_tax_code" | "invoice_address" | "invoice_email"

export type CheckoutField = AddressField | InvoiceField | "email" | "shipping_option" | "payment_provider" | "note"

/** VAT invoice details (optional): a business buyer's company, tax code, address and e-invoice e-mail. */
export type InvoiceValues = {
  invoiceWanted: boolean
  invoiceCompany: string
  invoiceTaxCode: string
  invoiceAddress: string
  invoiceEmail: string
}

export type CheckoutValues = AddressInput &
  InvoiceValues & {
    email: string
    shippingOptionId: string
    paymentProvider: string
    note: string
    saveAddress: boolean
  }

export type CheckoutFailure = {
  ok: false
  errors: FieldErrors<CheckoutField>
  formError: MessageKey | null
  values: CheckoutValues
  cart?: CartView
}

/** An order (cash on delivery), or a card payment session ready for the card step. */
/** `accessToken`: the secret that shows a guest's order (the backend gives it to whoever completed the cart). */
export type PlacedOrder = { ok: true; orderId: string; accessToken: string | null }
export type CheckoutResult = PlacedOrder | { ok: true; pay: "stripe" } | CheckoutFailure

/** The order a completion answer holds, with its access token. */
function placed(order: { id: string }): PlacedOrder {
  return { ok: true, orderId: order.id, accessToken: (order as { access_token?: string }).access_token ?? null }
}

/** Whether a shipping option or an order's shipping method, by its name, is a pickup at the cooperative. */
export function isPickupName(name: string | null | undefined) {
  return /nhận tại|pick/i.test(name ?? "")
}

/** Which delivery a shipping option (or an order's shipping method, by its name) is: its label comes from the dictionaries. */
export function shippingCode(option: Pick<StoreShippingOption, "name">): ShippingChoice["code"] {
  const code = (option as { type?: { code?: string } }).type?.code
  if (code === "standard" || code === "pickup") return code
  if (isPickupName(option.name)) return "pickup"
  if (/tiêu chuẩn|standard/i.test(option.name)) return "standard"
  return "other"
}

export async function shippingChoices(cartId: string, token?: string | null): Promise<ShippingChoice[]> {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId }, authHeaders(token))
  return shipping_options
    .filter((option) => !(option as { insufficient_inventory?: boolean }).insufficient_inventory)
    .map((option) => ({
      id: option.id,
      name: option.name,
      amount: Number(option.calculated_price?.calculated_amount ?? option.amount ?? 0),
      code: shippingCode(option),
    }))
    .sort((a, b) => (a.code === "standard" ? -1 : b.code === "standard" ? 1 : 0))
}

/**
 * Payment methods the region enables that this storefront can take: cash on delivery, and a card
 * through Stripe when the region lists the Stripe provider and STRIPE_PUBLISHABLE_KEY is set.
 */
export async function paymentChoices(regionId: string): Promise<PaymentChoice[]> {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId })
  return choosePaymentMethods(payment_providers, { stripePublishableKey: storefrontStripeKey() })
}

export function readCheckout(form: FormData): CheckoutValues {
  const get = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value.trim() : ""
  }
  return {
    ...readAddress(form),
    email: get("email").slice(0, 254),
    shippingOptionId: get("shipping_option"),
    paymentProvider: get("payment_provider") || COD_PROVIDER,
    note: get("note").slice(0, 500),
    saveAddress: form.get("save_address") === "on",
    invoiceWanted: form.get("invoice_wanted") === "on",
    invoiceCompany: get("invoice_company").slice(0, 200),
    invoiceTaxCode: get("invoice_tax_code").slice(0, 20),
    invoiceAddress: get("invoice_address").slice(0, 300),
    invoiceEmail: get("invoice_email").slice(0, 254),
  }
}

/** The invoice details when asked for, checked field by field (the backend checks them again). */
export function validateInvoice(values: InvoiceValues): {
  invoice: VatInvoice | null
  errors: FieldErrors<InvoiceField>
} {
  const errors: FieldErrors<InvoiceField> = {}
  if (!values.invoiceWanted) return { invoice: null, errors }
  if (!values.invoiceCompany) errors.invoice_company = "error.required"
  if (!isTaxCode(values.invoiceTaxCode)) errors.invoice_tax_code = "error.tax_code.invalid"
  if (!values.invoiceAddress) errors.invoice_address = "error.required"
  if (!isEmail(values.invoiceEmail)) errors.invoice_email = "error.email.invalid"
  return {
    invoice: {
      company_name: values.invoiceCompany,
      tax_code: values.invoiceTaxCode,
      address: values.invoiceAddress,
      email: values.invoiceEmail,
    },
    errors,
  }
}

/** The order a completed cart became: from this session, or by completing again (idempotent). */
export async function orderForCompletedCart(session: AppSession, cartId: string): Promise<string | null> {
  const known = session.get("completed")?.[cartId]
  if (known) return known
  const result = await sdk.store.cart.complete(cartId, {}, authHeaders(session.get("token")))
  if (result.type === "order") {
    rememberOrder(session, cartId, result.order.id, placed(result.order).accessToken)
    return result.order.id
  }
  return null
}

const inflight = new Map<string, Promise<CheckoutResult>>()

/**
 * Places the order for a cart once: a second submit arriving while the first is still running
 * in this process waits for it and gets the same result; one arriving later finds the completed
 * cart (see orderForCompletedCart). Across processes Medusa's cart lock and its order-per-cart
 * check give the same guarantee. The caller records the order in the buyer's session.
 */
export function placeOrderOnce(cart: StoreCart, values: CheckoutValues, options: PlaceOptions) {
  let running = inflight.get(cart.id)
  if (!running) {
    running = placeOrder(cart, values, options).finally(() => inflight.delete(cart.id))
    inflight.set(cart.id, running)
  }
  return running
}

type PlaceOptions = {
  customerEmail: string | null
  token: string | null
  /** The customer's saved addresses: one the buyer already has is not saved twice. */
  savedAddresses?: MedusaAddressLike[]
}

async function placeOrder(cart: StoreCart, values: CheckoutValues, options: PlaceOptions): Promise<CheckoutResult> {
  const fail = (
    errors: FieldErrors<CheckoutField>,
    formError: MessageKey | null = null,
    view?: CartView,
  ): CheckoutFailure => ({
    ok: false,
    errors,
    formError,
    values,
    cart: view,
  })

  // 1. The fields, all of them at once, so the buyer sees every message in one go. A cart of
  // booked services only (community tourism) is not shipped: no address, no shipping method.
  // Picked up at the cooperative, the order needs who collects it (name, phone), not a delivery address.
  const errors: FieldErrors<CheckoutField> = {}
  const needsShipping = (cart.items ?? []).some((item) => item.requires_shipping !== false)
  const auth = authHeaders(options.token)
  const [shipping, payment] = await Promise.all([
    needsShipping ? shippingChoices(cart.id, options.token) : [],
    paymentChoices(cart.region_id!),
  ])
  const pickup = shipping.find((option) => option.id === values.shippingOptionId)?.code === "pickup"
  const address = !needsShipping ? null : pickup ? validateReceiver(values) : validateAddress(values)
  if (address && !address.ok) Object.assign(errors, address.errors)
  const email = options.customerEmail ?? values.email
  const invoice = validateInvoice(values)
  Object.assign(errors, invoice.errors)
  if (!options.customerEmail) {
    if (!values.email) errors.email = "error.required"
    else if (!isEmail(values.email)) errors.email = "error.email.invalid"
  }

  // 2. Every line still buyable in the quantity asked for. A line that is not (sold out, product
  // removed) is explained on that line; shipping is not judged until the cart is buyable.
  const view = await describeCart(cart)
  if (!view.lines.length) return fail(errors, "error.cart.empty", view)
  if (view.hasProblems) return fail(errors, "error.cart.problems", view)

  // 3. Shipping and payment must be among what the backend offers this cart now.
  if (!needsShipping) values.shippingOptionId = ""
  else if (!values.shippingOptionId) errors.shipping_option = "error.shipping.required"
  else if (!shipping.some((option) => option.id === values.shippingOptionId))
    errors.shipping_option = "error.shipping.invalid"
  if (!payment.some((choice) => choice.id === values.paymentProvider)) errors.payment_provider = "error.payment.invalid"
  if (Object.keys(errors).length || (address && !address.ok)) return fail(errors, null, view)

  try {
    // 4. Address, shipping, payment session, then complete — each idempotent on its own. Picked up,
    // the order's address is where it is collected, with the receiver's name and phone.
    const points = pickup ? await pickupPoints(view.lines.map((line) => line.productId ?? "")) : []
    const medusaAddress = !address?.ok
      ? null
      : "address" in address
        ? toMedusaAddress(address.address)
        : {
            ...splitVietnameseName(address.fullName),
            phone: address.phone,
            address_1: points
              .map((point) => `${point.producer}, ${point.address}`)
              .join("; ")
              .slice(0, 250),
            city: "",
            province: points[0]?.province ?? "",
            country_code: "vn",
          }
    await sdk.store.cart.update(
      cart.id,
      {
        email,
        ...(medusaAddress ? { shipping_address: medusaAddress, billing_address: medusaAddress } : {}),
        metadata: { ...(cart.metadata ?? {}), note: values.note || null },
      },
      {},
      auth,
    )
    if (needsShipping) await sdk.store.cart.addShippingMethod(cart.id, { option_id: values.shippingOptionId }, {}, auth)
    if (invoice.invoice || cart.metadata?.vat_invoice) {
      try {
        await saveCartInvoice(cart.id, invoice.invoice, options.token)
      } catch (error) {
        if (errorStatus(error) === 400 && /tax_code/.test(errorMessage(error)))
          return fail({ invoice_tax_code: "error.tax_code.invalid" }, null, view)
        throw error
      }
    }
    const fresh = (await retrieveCart(cart.id, options.token))!
    if (values.paymentProvider === STRIPE_PROVIDER) {
      // The card is paid on the next step; the cart is completed when Stripe has accepted it.
      try {
        await sdk.store.payment.initiatePaymentSession(fresh, { provider_id: STRIPE_PROVIDER }, {}, auth)
      } catch (error) {
        console.warn("[checkout] could not start the card payment:", errorMessage(error))
        return fail({}, "error.payment.card_unavailable", view)
      }
      await saveAddress()
      return { ok: true, pay: "stripe" }
    }
    await sdk.store.payment.initiatePaymentSession(fresh, { provider_id: values.paymentProvider }, {}, auth)
    const result = await sdk.store.cart.complete(cart.id, {}, auth)
    if (result.type !== "order") {
      console.warn("[checkout] cart not completed:", result.error?.message)
      return refusal(result.error?.message ?? "")
    }
    await saveAddress()
    return placed(result.order)

    async function saveAddress() {
      const token = options.token
      if (!medusaAddress) return
      const known = (options.savedAddresses ?? []).some((saved) =>
        (["address_1", "city", "province", "phone"] as const).every((key) => (saved[key] ?? "") === medusaAddress[key]),
      )
      if (values.saveAddress && token && !known && !pickup) {
        await sdk.store.customer
          .createAddress({ ...medusaAddress, is_default_shipping: false }, {}, authHeaders(token))
          .catch((error) => console.warn("[checkout] could not save the address:", errorMessage(error)))
      }
    }
  } catch (error) {
    // A concurrent submit may have completed the cart between our steps: find its order.
    const again = await retrieveCart(cart.id, options.token).catch(() => null)
    if (again?.completed_at) {
      const result = await sdk.store.cart.complete(cart.id, {}, auth).catch(() => null)
      if (result?.type === "order") return placed(result.order)
    }
    console.warn("[checkout] failed:", errorMessage(error))
    return refusal(errorMessage(error))
  }

  /** The backend refused the cart: explain it per line when it is stock or certification. */
  async function refusal(message: string): Promise<CheckoutFailure> {
    const current = await retrieveCart(cart.id, options.token).catch(() => null)
    // A booked date that filled up or closed meanwhile: say so, the cart stays as it was.
    const slotReason = /tourism_slot \((\w+)\)/.exec(message)?.[1]
    if (slotReason && isMessageKey(`tourism.error.${slotReason}`))
      return fail({}, `tourism.error.${slotReason}` as MessageKey, current ? await describeCart(current) : view)
    if (current && /inventory|OCOP/i.test(message)) {
      const fresh = await describeCart(current)
      if (fresh.hasProblems) return fail({}, "error.cart.problems", fresh)
      if (/OCOP/.test(message)) return fail({}, "error.cart.uncertified", fresh)
    }
    return fail({}, "error.checkout.failed", view)
  }
}

export type CardCompletion = PlacedOrder | { ok: false }

const completing = new Map<string, Promise<CardCompletion>>()

/**
 * After the card step: completes the cart once. Medusa asks Stripe for the PaymentIntent's status
 * and makes the order only if Stripe accepted the payment; otherwise nothing changes in the cart
 * (the buyer goes back to the checkout, cart intact). Stripe's webhook completes the same cart
 * after a few seconds if the buyer never comes back: Medusa's cart lock and order-per-cart check
 * make whichever comes second find the first one's order. Concurrent returns in this process
 * share one completion.
 */
export function completeCardPaymentOnce(cart: StoreCart, token?: string | null): Promise<CardCompletion> {
  let running = completing.get(cart.id)
  if (!running) {
    running = completeCardPayment(cart, token).finally(() => completing.delete(cart.id))
    completing.set(cart.id, running)
  }
  return running
}

async function completeCardPayment(cart: StoreCart, token?: string | null): Promise<CardCompletion> {
  const auth = authHeaders(token)
  try {
    const result = await sdk.store.cart.complete(cart.id, {}, auth)
    if (result.type === "order") return placed(result.order)
    console.warn("[checkout] card payment not completed:", result.error?.message)
  } catch (error) {
    // The webhook may have completed the cart between our steps: find its order.
    const again = await retrieveCart(cart.id, token).catch(() => null)
    if (again?.completed_at) {
      const result = await sdk.store.cart.complete(cart.id, {}, auth).catch(() => null)
      if (result?.type === "order") return placed(result.order)
    }
    console.warn("[checkout] card payment not completed:", errorMessage(error))
  }
  return { ok: false }
}
