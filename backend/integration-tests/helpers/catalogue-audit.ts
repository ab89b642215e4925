import { executeWithConcurrency } from "@medusajs/framework/utils"
import { checkAuthority, checkIssuer, evaluateScoreSheet, validUntil, vnDateOf } from "@ocop/plugin-ocop/rules"
import { hasValidCheckDigit } from "@ocop/plugin-ocop/gs1"
import { isDistrictOf, isSubgroupOf, productGroup } from "@ocop/reference"

type Row = Record<string, any>
export type Violation = { rule: string; subject: string; detail: string }

/** Every page of a list route (`key` the array in its answer), refusing to go on forever. */
async function allPages(api: any, path: string, key: string, headers: any, limit = 100): Promise<Row[]> {
  const rows: Row[] = []
  for (let offset = 0; offset < 100_000; offset += limit) {
    const { data } = await api.get(`${path}${path.includes("?") ? "&" : "?"}limit=${limit}&offset=${offset}`, headers)
    rows.push(...data[key])
    if (data[key].length < limit) break
  }
  return rows
}

/** GET requests in flight at once while auditing (they only read). */
const READS_AT_ONCE = 4

/** `read` for every item, READS_AT_ONCE at a time; the answers in the items' order. */
async function readConcurrently<T, R>(items: T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const outcomes = await executeWithConcurrency(
    items.map((item) => () => read(item)),
    READS_AT_ONCE,
  )
  return outcomes.map((outcome) => {
    if (outcome.status === "rejected") throw outcome.reason
    return outcome.value as R
  })
}

/**
 * Whether the issuer of a decision is the one competent for the producer's location on its date:
 * the issuer rule of the certificate workflow (`checkIssuer`: the ministry for 5★, before 1 Jul
 * 2025 the former province's committee or a named district of it, from then the merged unit's),
 * and, for a district, a district of that former province in FORMER_DISTRICTS (strict: it lists every demo district).
 */
export function issuerProblem(
  certificate: { decision_date: string; authority: string; authority_level: string },
  subject: Row,
): string | null {
  const { errors, issuer } = checkIssuer({
    decision_date: certificate.decision_date,
    authority_level: certificate.authority_level as any,
    authority_name: certificate.authority,
    producer: {
      province: subject.province,
      historical_province: subject.historical_province ?? null,
      address: subject.address,
    },
  })
  if (errors.length) return errors.map((e) => e.message).join("; ")
  if (
    issuer?.level === "district" &&
    issuer.province &&
    !isDistrictOf(`${issuer.kind} ${issuer.district}`, issuer.province)
  ) {
    return `${issuer.kind} ${issuer.district} is not a district of ${issuer.province}`
  }
  return null
}

/**
 * Audits the catalogue as the public sees it: every certificate (certificate check by decision
 * number), every product on sale (store API, OCOP listing), every trade item's GTIN, against the
 * rules: stars from the council's score sheet, the product group and subgroup (and the product's
 * category) of Decision 148, 36 months of validity, the competent issuer for the
 * producer's location and date, GS1 check digits, nothing on sale without a valid certificate.
 * Score sheets are not public: they are read from the certification module (`evaluations`).
 */
export async function auditCatalogue(input: {
  api: any
  store: any
  admin: any
  evaluations: (ids: string[]) => Promise<Row[]>
  now?: Date
}): Promise<{ violations: Violation[]; counts: Record<string, number> }> {
  const { api, store, admin } = input
  const today = vnDateOf(input.now ?? new Date())
  const violations: Violation[] = []
  const flag = (rule: string, subject: string, detail: string) => violations.push({ rule, subject, detail })

  const certificates = await allPages(api, "/admin/ocop/certificates?order=decision_number", "certificates", admin)
  const subjects = new Map((await allPages(api, "/admin/ocop/subjects", "subjects", admin)).map((s) => [s.id, s]))
  const evaluations = new Map(
    (await input.evaluations(certificates.map((c) => c.evaluation_id).filter(Boolean))).map((e) => [e.id, e]),
  )
  const onSale = await allPages(api, "/store/products?fields=id,title,handle,*categories&order=id", "products", store)
  const listed = new Map((await allPages(api, "/store/ocop/products", "products", store)).map((p) => [p.id, p]))

  // The public check of each decision number, read a few at a time; audited in order below.
  const checks = await readConcurrently(certificates, async (certificate) => {
    const { data } = await api.get(
      `/store/ocop/certificates/verify?decision_number=${encodeURIComponent(certificate.decision_number)}`,
      store,
    )
    return data.certificate as Row
  })
  for (const [index, certificate] of certificates.entries()) {
    const name = `${certificate.decision_number} (${certificate.product?.handle ?? certificate.product_id})`
    const shown = checks[index]
    // Stars against the council's score sheet.
    const evaluation = evaluations.get(certificate.evaluation_id)
    if (!evaluation) flag("score", name, "no score sheet behind the certificate")
    else {
      // Stored totals are hundredths of a point; the sheet's criteria must add up to them.
      const sheet = evaluateScoreSheet({
        product_group: evaluation.product_group,
        scores: evaluation.scores,
        mandatory_unmet: evaluation.mandatory_unmet ?? [],
        part_a: evaluation.part_a / 100,
        part_b: evaluation.part_b / 100,
        part_c: evaluation.part_c / 100,
        total: evaluation.total / 100,
      })
      if (!sheet.ok) flag("score", name, `score sheet inconsistent: ${sheet.errors.map((e) => e.message).join("; ")}`)
      else if (sheet.value.stars !== shown.stars) {
        flag(
          "stars",
          name,
          `${shown.stars}★ shown, the score sheet (total ${sheet.value.total / 100}) gives ${sheet.value.stars ?? "no"}★`,
        )
      }
    }
    // The product group and subgroup of Decision 148/QĐ-TTg (tea, coffee and cocoa are food, group 1).
    if (!isSubgroupOf(certificate.product_group, certificate.subgroup))
      flag("group", name, `subgroup "${certificate.subgroup}" is not one of group ${certificate.product_group}'s`)
    // Validity: 36 months from the decision date; valid only until then and unless revoked.
    if (shown.valid_until !== validUntil(shown.decision_date)) {
      flag(
        "validity",
        name,
        `valid until ${shown.valid_until}, 36 months from ${shown.decision_date} is ${validUntil(shown.decision_date)}`,
      )
    }
    const shouldBeValid = certificate.status !== "revoked" && today <= shown.valid_until
    if (shown.valid !== shouldBeValid || (shown.valid && shown.status !== "valid")) {
      flag(
        "status",
        name,
        `shown as ${shown.status} (valid: ${shown.valid}) on ${today}, valid until ${shown.valid_until}, stored ${certificate.status}`,
      )
    }
    if (!shown.valid && !shown.ended_on) flag("status", name, `${shown.status} without the day it ended`)
    if (shown.status === "revoked" && !shown.revocation_reason) flag("status", name, "revoked without a reason")
    // The issuer: level, ministry name and number format, then competence for the producer's place.
    for (const error of checkAuthority({
      stars: shown.stars,
      decision_date: shown.decision_date,
      authority_level: shown.authority_level,
      authority_name: shown.authority,
      decision_number: shown.decision_number,
    })) {
      flag("issuer", name, `${error.field}: ${error.message}`)
    }
    const subject = subjects.get(certificate.subject_id)
    if (!subject) flag("issuer", name, "no producer behind the certificate")
    else {
      const problem = issuerProblem(shown, subject)
      if (problem) flag("issuer", name, `${problem} (producer ${subject.legal_name}, ${subject.address})`)
      if (certificate.province !== subject.province)
        flag("province", name, `certificate in ${certificate.province}, producer in ${subject.province}`)
    }
  }

  // Nothing on sale without a certificate valid today, and the OCOP listing states it.
  const byProduct = new Map<string, Row[]>()
  for (const certificate of certificates)
    byProduct.set(certificate.product_id, [...(byProduct.get(certificate.product_id) ?? []), certificate])
  for (const product of onSale) {
    const valid = (byProduct.get(product.id) ?? []).filter((c) => c.status === "valid" && today <= c.valid_until)
    if (!valid.length) flag("on_sale", product.handle, "on sale without a valid OCOP certificate")
    const groups = valid.map((c) => productGroup(c.product_group)?.handle)
    const categories = (product.categories ?? []).map((c: Row) => c.handle)
    if (valid.length && !groups.some((handle) => categories.includes(handle)))
      flag("group", product.handle, `in categories ${categories.join(", ")}, certified in group ${groups.join(", ")}`)
    const ocop = listed.get(product.id)?.ocop
    if (!ocop) flag("on_sale", product.handle, "on sale but missing from the OCOP listing")
    else if (
      !ocop.valid ||
      ocop.status !== "valid" ||
      !valid.some((c) => c.decision_number === ocop.decision_number && c.stars === ocop.stars)
    ) {
      flag(
        "on_sale",
        product.handle,
        `listed with ${ocop.stars}★ ${ocop.decision_number} (${ocop.status}), not its valid certificate`,
      )
    }
  }
  for (const id of listed.keys())
    if (!onSale.some((p) => p.id === id)) flag("on_sale", id, "in the OCOP listing but not on sale")

  // GS1 check digits of every trade item, product by product.
  let tradeItems = 0
  const productIds = [...byProduct.keys()]
  const itemsOf = await readConcurrently(productIds, async (productId) => {
    const { data } = await api.get(`/admin/ocop/trade-items?product_id=${productId}&limit=100`, admin)
    return data.trade_items as Row[]
  })
  for (const [index, productId] of productIds.entries()) {
    for (const item of itemsOf[index]) {
      tradeItems++
      if (!/^\d{14}$/.test(item.gtin14) || !hasValidCheckDigit(item.gtin14))
        flag("gtin", item.gtin14, `GTIN of product ${productId} has a wrong check digit or length`)
    }
  }

  return {
    violations,
    counts: {
      certificates: certificates.length,
      on_sale: onSale.length,
      listed: listed.size,
      trade_items: tradeItems,
      subjects: subjects.size,
    },
  }
}
