import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import {
  addDays,
  addMonths,
  applyMandatoryCriteria,
  competentAuthority,
  checkIssuer,
  type AuthorityLevel,
  daysBetween,
  MANDATORY_CRITERIA,
  REFORM_DATE,
  scoresForTotal,
  starsFromTotal,
  vnDateOf,
} from "@ocop/plugin-ocop/rules"
import { isDistrictOf, PROVINCES } from "@ocop/reference"
import {
  createSubjectsWorkflow,
  expireCertificatesWorkflow,
  issueCertificateWorkflow,
  revokeCertificateWorkflow,
} from "@ocop/plugin-ocop/workflows"
import { demoProducers } from "../catalogue/producers"
import { demoProducts } from "../catalogue/products"
import type { DemoProducer, DemoProduct } from "../catalogue/types"

/**
 * The demo certificates. For every seeded product: its subject (by tax code), a council's score
 * sheet adding up to the product's total score, and a certificate issued through the plugin's
 * workflows, which publish the product to the OCOP sales channel through the publication guard.
 *
 * Dates are relative to the day the seed runs, so that the data stays true whenever it is loaded:
 * decisions before and after the 1 Jul 2025 reform (authority by the rules), a few expiring within
 * 30 days, and — by position in the FULL catalogue, so that a limited seed keeps every product on
 * sale — exactly one expired certificate (the last product) and one revoked (the one before it).
 * Idempotent: a product that has any certificate is left as it is.
 */
export async function seedCertification(container: MedusaContainer, input: { products: DemoProduct[] }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productService = container.resolve(Modules.PRODUCT)
  const certification = container.resolve<any>(CERTIFICATION_MODULE)
  const producers = new Map(demoProducers.map((p) => [p.key, p]))
  const catalogueIndex = new Map(demoProducts.map((p, i) => [p.handle, i]))
  const expiredIndex = demoProducts.length - 1
  const revokedIndex = demoProducts.length - 2

  const products = await productService.listProducts(
    { handle: input.products.map((p) => p.handle) },
    { select: ["id", "handle"], take: null },
  )
  const productIds = new Map(products.map((p) => [p.handle, p.id]))
  const certified = new Set<string>(
    (
      await certification.listOcopCertificates(
        { product_id: products.map((p) => p.id) },
        { select: ["product_id"], take: null },
      )
    ).map((c: { product_id: string }) => c.product_id),
  )
  const todo = input.products.filter((p) => productIds.has(p.handle) && !certified.has(productIds.get(p.handle)!))
  logger.info(
    `Certification: ${input.products.length - todo.length} products certified already, ${todo.length} to certify`,
  )

  const subjectIds = await ensureSubjects(
    container,
    certification,
    todo.map((product) => {
      const producer = producers.get(product.producerKey)
      if (!producer)
        throw new Error(`Seed data: product ${product.handle} has an unknown producer ${product.producerKey}`)
      return producer
    }),
  )

  const now = new Date()
  const today = vnDateOf(now)
  let revoked: string | null = null
  // One certificate at a time: each issue emits its event, and a subscriber syncs the product's
  // OCOP tags under one lock; issued in batches, the syncs queued up past that lock's timeout.
  for (const product of todo) {
    const index = catalogueIndex.get(product.handle) ?? 0
    const producer = producers.get(product.producerKey)!
    const productId = productIds.get(product.handle)!
    const plan = planDecision(index, today, index === expiredIndex)
    const authority = competentAuthority(product.stars, plan.decisionDate)
    const authorityName = issuerFor(product, producer, authority.level, authority.name, plan.decisionDate)
    const { mandatoryUnmet } = scoreSheetFor(product)

    await issueCertificateWorkflow(container).run({
      input: {
        evaluation: {
          subject_id: subjectIds.get(producer.taxCode)!,
          product_id: productId,
          product_group: product.group,
          subgroup: product.subgroup,
          scores: scoresForTotal(product.totalScore),
          mandatory_unmet: mandatoryUnmet,
          council: councilName(authority.level, producer, plan.decisionDate),
          evaluated_at: addDays(plan.decisionDate, -14),
          total: product.totalScore,
        },
        decision_number: decisionNumber(authority.level, plan.decisionDate, index),
        decision_date: plan.decisionDate,
        authority_level: authority.level,
        authority_name: authorityName,
        // An expired certificate is recorded as it was: on the day after its decision.
        now: plan.recordedAt,
      },
    })
    if (index === revokedIndex) revoked = productId
  }

  if (revoked) {
    const [certificate] = await certification.listOcopCertificates(
      { product_id: revoked, status: "valid" },
      { take: 1 },
    )
    await revokeCertificateWorkflow(container).run({
      input: {
        certificate_id: certificate.id,
        reason:
          "Kiểm tra chất lượng không đạt: hàm lượng đường vượt tiêu chuẩn đã công bố (dữ liệu demo) / Quality check failed (demo data)",
      },
    })
  }
  const { result } = await expireCertificatesWorkflow(container).run({ input: {} })
  logger.info(
    `Certification: ${todo.length} certificates issued${revoked ? ", 1 revoked" : ""}, ${result.expired.length} expired`,
  )
}

/**
 * The subject of each producer (by tax code): those missing are registered together through the
 * batch workflow, by the same rules as one at a time. Returns tax code → subject id.
 */
async function ensureSubjects(
  container: MedusaContainer,
  certification: any,
  producers: DemoProducer[],
): Promise<Map<string, string>> {
  const unique = [...new Map(producers.map((p) => [p.taxCode, p])).values()]
  const find = async () =>
    new Map<string, string>(
      unique.length
        ? (
            await certification.listOcopSubjects(
              { tax_code: unique.map((p) => p.taxCode) },
              { select: ["id", "tax_code"], take: null },
            )
          ).map((s: { id: string; tax_code: string }) => [s.tax_code, s.id])
        : [],
    )
  const existing = await find()
  const missing = unique.filter((p) => !existing.has(p.taxCode))
  if (!missing.length) return existing
  const { result } = await createSubjectsWorkflow(container).run({
    input: {
      subjects: missing.map((producer) => ({
        legal_name: producer.legalName,
        type: producer.type,
        tax_code: producer.taxCode,
        address: producer.address,
        province: producer.province,
        historical_province: producer.historicalProvince ?? null,
      })),
    },
  })
  if (result.refused.length) {
    throw new Error(
      `Seed data: subjects refused: ${result.refused.map((r) => `${missing[r.index].key}: ${r.message}`).join("; ")}`,
    )
  }
  const subjects = await find()
  for (const producer of unique)
    if (!subjects.has(producer.taxCode)) throw new Error(`Seed data: no subject for ${producer.key}`)
  return subjects
}

/** Mandatory criteria to mark unmet when the score alone would give more stars than the product has. */
function scoreSheetFor(product: DemoProduct): { mandatoryUnmet: string[] } {
  const scoreStars = starsFromTotal(product.totalScore)
  if (scoreStars === product.stars) return { mandatoryUnmet: [] }
  if (scoreStars === null || scoreStars < product.stars) {
    throw new Error(`Seed data: ${product.handle} has ${product.stars}★ but a total of ${product.totalScore}`)
  }
  const unmet = MANDATORY_CRITERIA.filter((c) => c.from_stars === product.stars + 1 && c.product_groups === null).map(
    (c) => c.code,
  )
  const { stars } = applyMandatoryCriteria(scoreStars, product.group, unmet)
  if (stars !== product.stars) throw new Error(`Seed data: cannot rank ${product.handle} at ${product.stars}★`)
  return { mandatoryUnmet: unmet }
}

/**
 * The decision date of the product at `index` in the full catalogue, relative to today:
 *   - the designated expired one: 36 months and 40 days ago (recorded the day after its decision);
 *   - every 40th from the 6th (about ten in the full catalogue): 36 months ago plus 8–22 days,
 *     i.e. expiring within 30 days;
 *   - otherwise alternately after the reform (2025-07-01 … today) and before it (within the last
 *     36 months, at least 45 days from expiry), falling back to after the reform when no such day exists.
 * Decisions before the reform fall in 2024 at the latest: the districts and provinces they name are
 * those of 2024 (FORMER_DISTRICTS; Thừa Thiên Huế became Huế city on 1 Jan 2025).
 */
function planDecision(index: number, today: string, expired: boolean): { decisionDate: string; recordedAt?: string } {
  const validityStart = addMonths(today, -36)
  if (expired) {
    const decisionDate = addDays(validityStart, -40)
    return { decisionDate, recordedAt: new Date(`${addDays(decisionDate, 1)}T10:00:00+07:00`).toISOString() }
  }
  if (index % 40 === 5) return { decisionDate: addDays(validityStart, 8 + (index % 15)) }
  const preReformFrom = addDays(validityStart, 45)
  const preReformTo = LAST_PRE_REFORM_DAY
  if (index % 2 === 1 && preReformFrom <= preReformTo) {
    const span = Math.max(0, daysBetween(preReformFrom, preReformTo))
    return { decisionDate: addDays(preReformFrom, (index * 37) % (span + 1)) }
  }
  const span = Math.max(0, daysBetween(REFORM_DATE, today))
  return { decisionDate: addDays(REFORM_DATE, (index * 23) % (span + 1)) }
}

/** Unique, well-formed numbers whose issuer matches the level. */
function decisionNumber(level: string, decisionDate: string, index: number) {
  if (level !== "ministry") return `${1000 + index}/QĐ-UBND`
  return decisionDate >= "2025-03-01" ? `${2300 + index}/QĐ-BNNMT` : `${1200 + index}/QĐ-BNN-VPĐP`
}

/** The last day of the demo's pre-reform decisions (see planDecision). */
const LAST_PRE_REFORM_DAY = "2024-12-31"

/**
 * The province-level unit competent where the producer was on `decisionDate`: before the reform its
 * former province (one of the 63; the five centrally-run cities were "thành phố"), after it the merged unit.
 */
function provinceAt(producer: DemoProducer, decisionDate: string) {
  const name = decisionDate < REFORM_DATE ? (producer.historicalProvince ?? producer.province) : producer.province
  const unit = PROVINCES.find((p) => p.name === name)
  return `${unit?.type === "city" ? "thành phố" : "tỉnh"} ${name}`
}

/** The district the producer was in (3★ before the reform), checked against the former province's list. */
function districtOf(producer: DemoProducer) {
  const former = producer.historicalProvince ?? producer.province
  if (!isDistrictOf(producer.formerDistrict, former)) {
    throw new Error(
      `Seed data: ${producer.key} names ${producer.formerDistrict}, not a district of ${former} in FORMER_DISTRICTS`,
    )
  }
  return producer.formerDistrict
}

function authorityName(level: string, ministry: string | null, producer: DemoProducer, decisionDate: string) {
  if (level === "ministry") return ministry!
  if (level === "district") return `UBND ${districtOf(producer)}, ${provinceAt(producer, decisionDate)}`
  return `UBND ${provinceAt(producer, decisionDate)}`
}

/** The issuer of a demo decision, held to the same rule as any certificate: competent for the producer's place and date. */
function issuerFor(
  product: DemoProduct,
  producer: DemoProducer,
  level: AuthorityLevel,
  ministry: string | null,
  decisionDate: string,
) {
  const name = authorityName(level, ministry, producer, decisionDate)
  const { errors } = checkIssuer({
    decision_date: decisionDate,
    authority_level: level,
    authority_name: name,
    producer: {
      province: producer.province,
      historical_province: producer.historicalProvince ?? null,
      address: producer.address,
    },
  })
  if (errors.length) throw new Error(`Seed data: ${product.handle}: ${errors.map((e) => e.message).join("; ")}`)
  return name
}

function councilName(level: string, producer: DemoProducer, decisionDate: string) {
  if (level === "ministry") return "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp Trung ương"
  if (level === "district")
    return `Hội đồng đánh giá, phân hạng sản phẩm OCOP ${districtOf(producer)}, ${provinceAt(producer, decisionDate)}`
  return `Hội đồng đánh giá, phân hạng sản phẩm OCOP ${provinceAt(producer, decisionDate)}`
}
