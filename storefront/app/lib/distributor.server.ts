/**
 * The distributor pages' calls to the wholesale API (plugins/wholesale) as the signed-in customer:
 * the company, its members and approvals, bulk order checks. The customer's JWT comes from the
 * session per call (see customer.server.ts).
 */
import { findProvince } from "@ocop/reference"
import type { Lang } from "../i18n"
import { nameInLang } from "./products"
import type { AddressInput } from "./validation"
import { authHeaders, errorStatus, sdk } from "./medusa.server"
import { refusalText } from "./refusals.server"

export type CompanyStatus = "pending" | "verified" | "rejected"
export type DistributorRole = "buyer" | "approver" | "accountant"

export interface Company {
  id: string
  name: string
  tax_code: string
  status: CompanyStatus
  rejection_reason: string | null
  /** The delivery addresses registered with the company (street and province). */
  delivery_addresses?: { label?: string | null; address_1: string; province: string }[]
  contact?: { name: string; phone: string; email: string }
}

export interface Member {
  id: string
  email: string
  role: DistributorRole
  spending_limit: number | null
  /** Invited by e-mail: joins when the person accepts, signed in with it */
  invited: boolean
}

/** A company's invitation to the signed-in customer's e-mail, waiting for their answer. */
export interface Invitation {
  id: string
  role: DistributorRole
  spending_limit: number | null
  company: { name: string; tax_code: string; status: CompanyStatus }
}

export interface Approval {
  id: string
  /** Only for the buyer who sent it */
  cart_id?: string
  amount: number
  lines: { variant_id: string; quantity: number; unit_price: number }[]
  status: "pending" | "approved" | "rejected" | "placed" | "void"
  reason: string | null
  order_id: string | null
  created_at: string
}

type Init = { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown>; query?: Record<string, unknown> }

/** A JSON call to the wholesale API as the customer holding `token`. */
export function wholesaleApi<T>(token: string, path: string, init: Init = {}): Promise<T> {
  return sdk.client.fetch<T>(path, {
    method: init.method ?? "GET",
    body: init.body,
    query: init.query,
    headers: authHeaders(token),
  })
}

/** The invitations waiting for the signed-in customer (accepted or declined on the distributor page). */
export async function getInvitations(token: string) {
  return (await wholesaleApi<{ invitations: Invitation[] }>(token, "/store/distributors/invitations")).invitations
}

/** The customer's company and membership, or null when the account is not a member (403). */
export async function getDistributor(token: string) {
  try {
    return await wholesaleApi<{ company: Company; member: Member; members: Member[] }>(token, "/store/distributors/me")
  } catch (error) {
    if (errorStatus(error) === 403) return null
    throw error
  }
}

/**
 * A verified distributor's registered delivery addresses as checkout choices (`company-<n>`), each
 * with the company's contact as receiver; none for a consumer or a company not verified yet.
 */
export async function companyDeliveryAddresses(
  token: string | null | undefined,
): Promise<{ id: string; label: string; values: AddressInput }[]> {
  if (!token) return []
  const found = await getDistributor(token).catch(() => null)
  if (!found || found.company.status !== "verified") return []
  return (found.company.delivery_addresses ?? []).map((address, index) => {
    const province = findProvince(address.province)?.name ?? ""
    return {
      id: `company-${index}`,
      label: [address.label, [address.address_1, province || address.province].filter(Boolean).join(", ")]
        .filter(Boolean)
        .join(": "),
      values: {
        fullName: found.company.contact?.name ?? "",
        phone: found.company.contact?.phone ?? "",
        province,
        ward: "",
        street: address.address_1,
      },
    }
  })
}

export interface WholesaleTier {
  min_quantity: number
  max_quantity: number | null
  amount: number
}

export interface ProductWholesaleTerms {
  moq: number
  variants: { variant_id: string; sku: string | null; title: string; tiers: WholesaleTier[] }[]
}

/**
 * A product's wholesale terms (MOQ, quantity tiers) for the signed-in customer when it belongs to
 * a verified distributor; null for everyone else (the API answers 401/403 to them).
 */
export async function wholesaleTermsForCustomer(token: string | undefined, productId: string) {
  if (!token) return null
  try {
    const { wholesale } = await wholesaleApi<{ wholesale: ProductWholesaleTerms }>(
      token,
      `/store/wholesale/products/${encodeURIComponent(productId)}`,
    )
    return wholesale.variants.some((variant) => variant.tiers.length) ? wholesale : null
  } catch (error) {
    const status = errorStatus(error)
    if (status === 401 || status === 403 || status === 404) return null
    throw error
  }
}

export interface GridVariant {
  sku: string
  product: string
  variant: string
}

/**
 * The quick-order grid's search by name: the variants (with a SKU) of the products the store's
 * search finds for `q`, in its order of relevance, priced at the tiers once checked.
 */
export async function findVariantsForGrid(token: string, q: string, lang: Lang): Promise<GridVariant[]> {
  const { hits } = await sdk.client.fetch<{ hits: { id: string }[] }>("/store/ocop/search", { query: { q, limit: 8 } })
  if (!hits.length) return []
  const { products } = await sdk.store.product.list(
    {
      id: hits.map((hit) => hit.id),
      fields: "id,title,metadata,variants.sku,variants.title,variants.metadata",
      limit: hits.length,
    },
    authHeaders(token),
  )
  const byId = new Map(products.map((product) => [product.id, product]))
  return hits.flatMap((hit) => {
    const product = byId.get(hit.id)
    return (product?.variants ?? []).flatMap((variant) =>
      variant.sku
        ? [
            {
              sku: variant.sku,
              product: nameInLang(lang, product!.title, product!.metadata),
              variant: nameInLang(lang, variant.title ?? "", variant.metadata),
            },
          ]
        : [],
    )
  })
}

/** A refused request (4xx) as a sentence in the page's language, to show next to the form; other errors propagate. */
export function refusalMessage(error: unknown, lang: Lang): string {
  return refusalText(error, lang)
}
