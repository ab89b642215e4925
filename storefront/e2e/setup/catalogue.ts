import type { BackendClient } from "@ocop/stack"
import { scoresForTotal } from "@ocop/plugin-ocop/rules"
import { approvedSeller } from "./seller"

/** A product as a seller lists it (`POST /sellers/me/products`). */
export type NewProduct = {
  title: string
  title_en?: string
  description?: string
  product_group?: number
  is_service?: boolean
  images?: { url: string }[]
  variants: { title: string; title_en?: string; sku: string; price_vnd: number; stock: number }[]
}

/** A seller's product as the seller API answers it. */
export type ListedProduct = { id: string; handle: string; variants: { id: string; sku: string }[] }

/**
 * A certificate the province's committee issues: the council's total (stars follow from it), the
 * group and subgroup, and the decision. Evaluated on 1 and decided on 15 September 2026 unless
 * dates are given (YYYY-MM-DD).
 */
export type Certification = {
  total: number
  productGroup: number
  subgroup: string
  province: string
  decisionNumber: string
  evaluatedAt?: string
  decidedAt?: string
}

/**
 * A picture the stack serves (the first seeded product's), for the products the tests list: this
 * machine is offline, and an image from anywhere else fails to load on every page that shows the
 * product (the home page's newest products too), which pages checked for load errors would report.
 */
export async function servedImage(client: BackendClient) {
  const { products } = await client.call<{ products: { thumbnail: string }[] }>(
    "GET",
    "/store/products?limit=1&fields=thumbnail",
    null,
  )
  return { url: products[0].thumbnail }
}

/** A product listed by a seller (a draft). */
export async function listProduct(client: BackendClient, sellerToken: string, product: NewProduct) {
  return (await client.call<{ product: ListedProduct }>("POST", "/sellers/me/products", sellerToken, product)).product
}

/** The province certifies a subject's product (admin API): the certificate's id. */
export async function certify(
  client: BackendClient,
  { subjectId, productId }: { subjectId: string; productId: string },
  certification: Certification,
) {
  const { certificate } = await client.admin<{ certificate: { id: string } }>("POST", "/admin/ocop/certificates", {
    evaluation: {
      subject_id: subjectId,
      product_id: productId,
      product_group: certification.productGroup,
      subgroup: certification.subgroup,
      scores: scoresForTotal(certification.total),
      mandatory_unmet: [],
      council: `Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh ${certification.province}`,
      evaluated_at: certification.evaluatedAt ?? "2026-09-01",
    },
    decision_number: certification.decisionNumber,
    decision_date: certification.decidedAt ?? "2026-09-15",
    authority_level: "province",
    authority_name: `UBND tỉnh ${certification.province}`,
  })
  return certificate.id
}

/** A seller's product listed, certified by its province and published: on sale in the store. */
export async function certifiedProduct(
  client: BackendClient,
  seller: { token: string; subjectId: string },
  product: NewProduct,
  certification: Omit<Certification, "productGroup">,
): Promise<ListedProduct> {
  const listed = await listProduct(client, seller.token, product)
  await certify(
    client,
    { subjectId: seller.subjectId, productId: listed.id },
    { productGroup: product.product_group ?? 1, ...certification },
  )
  await client.call("POST", `/sellers/me/products/${listed.id}/publish`, seller.token)
  return listed
}

/**
 * A cooperative of its own (registered and approved here) with one certified product on sale, for
 * a test that revokes the certificate: the seed's products, which other files read meanwhile, stay
 * valid. Every name is made unique with `run`.
 */
export type OwnCertifiedProduct = {
  run: string
  province: string
  cooperative: {
    /** The e-mail's local part (before the run), and the password. */
    login: string
    password: string
    legalName: string
    /** The bank account's holder, as the bank writes it. */
    holder: string
    address: string
    /** The tax code's and the account number's first digits (the run follows). */
    taxPrefix: string
    accountPrefix: string
  }
  product: { title: string; variant: string; sku: string; priceVnd: number; stock: number }
  certificate: { total: number; subgroup: string; decisionFrom: number }
}

/** The cooperative's product (group 1), listed, certified by `province` and published. */
export async function ownCertifiedProduct(client: BackendClient, own: OwnCertifiedProduct): Promise<ListedProduct> {
  const { run, province, cooperative, product, certificate } = own
  const seller = await approvedSeller(client, {
    email: `${cooperative.login}.${run}@example.vn`,
    password: cooperative.password,
    legal_name: `${cooperative.legalName} ${run}`,
    tax_code: `${cooperative.taxPrefix}${run}`,
    address: { address_1: cooperative.address, province_code: province },
    bank_account: {
      bank_name: `Agribank ${province}`,
      account_number: `${cooperative.accountPrefix}${run}`,
      account_holder: cooperative.holder,
    },
  })
  return certifiedProduct(
    client,
    seller,
    {
      title: `${product.title} ${run}`,
      product_group: 1,
      variants: [
        { title: product.variant, sku: `${product.sku}-${run}`, price_vnd: product.priceVnd, stock: product.stock },
      ],
    },
    {
      total: certificate.total,
      subgroup: certificate.subgroup,
      province,
      decisionNumber: `${certificate.decisionFrom + Number(run.slice(-3))}/QĐ-UBND`,
    },
  )
}

/** The province revokes a product's valid certificate (admin API), with its reason. */
export async function revokeCertificate(client: BackendClient, productId: string, reason: string) {
  const { certificates } = await client.admin<{ certificates: { id: string }[] }>(
    "GET",
    `/admin/ocop/certificates?product_id=${productId}&status=valid`,
  )
  await client.admin("POST", `/admin/ocop/certificates/${certificates[0].id}/revoke`, { reason })
}
