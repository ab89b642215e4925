import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "../../../modules/certification"
import type CertificationModuleService from "../../../modules/certification/service"
import { parseDecisionNumber } from "../../../rules"
import type { IssueCertificateInput } from "../types"

type Container = Pick<MedusaContainer, "resolve">
type Row = Record<string, any>
type ValidCertificate = Row & { id: string; decision_number: string; status: string; expires_at: Date | string }

const DECISION_FIELDS = [
  "id",
  "product_id",
  "decision_number",
  "decision_year",
  "decision_date",
  "authority_level",
  "authority_name",
  "authority_key",
]
const VALID_FIELDS = ["id", "product_id", "decision_number", "status", "expires_at"]

/** What the checks of an evaluation and a certificate read from the database. */
export interface CertificateReads {
  subject(id: string): Promise<Row | undefined>
  /** The product's title, undefined when there is no such product. */
  productTitle(id: string): Promise<string | undefined>
  /** Certificates recorded under this (normalised) decision number, of any issuer and year. */
  certificatesOfDecision(decisionNumber: string): Promise<Row[]>
  /** The product's certificates stored as valid. */
  validCertificatesOfProduct(productId: string): Promise<ValidCertificate[]>
}

/** One read per question: for a single evaluation or certificate. */
export function readsOneByOne(container: Container): CertificateReads {
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  return {
    subject: async (id) => (await certification.listOcopSubjects({ id }, { take: 1 }))[0],
    productTitle: async (id) => {
      const { data } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "title"], filters: { id } })
      return data[0]?.title ?? undefined
    },
    certificatesOfDecision: (decision_number) =>
      certification.listOcopCertificates({ decision_number }, { select: DECISION_FIELDS }),
    validCertificatesOfProduct: (product_id) =>
      certification.listOcopCertificates({ product_id, status: "valid" }, { select: VALID_FIELDS }),
  }
}

function groupBy(rows: Row[], key: string) {
  const groups = new Map<string, Row[]>()
  for (const row of rows) groups.set(row[key], [...(groups.get(row[key]) ?? []), row])
  return groups
}

/**
 * The same answers for a whole batch of certificates to issue, read up front in four queries
 * (subjects, products, decisions, the products' valid certificates) instead of four per
 * certificate: the bulk import issues 20,000.
 */
export async function readsForBatch(
  container: Container,
  certificates: IssueCertificateInput[],
): Promise<CertificateReads> {
  const certification = container.resolve<CertificationModuleService>(CERTIFICATION_MODULE)
  const strings = (values: unknown[]) => [
    ...new Set(values.filter((v): v is string => typeof v === "string" && v.length > 0)),
  ]
  const subjectIds = strings(certificates.map((c) => c.evaluation?.subject_id))
  const productIds = strings(certificates.map((c) => c.evaluation?.product_id))
  const decisionNumbers = strings(
    certificates.map((c) => {
      const parsed = parseDecisionNumber(c.decision_number)
      return parsed.ok ? parsed.value.value : undefined
    }),
  )
  const [subjects, products, decisions, valid] = await Promise.all([
    subjectIds.length ? certification.listOcopSubjects({ id: subjectIds }, { take: null }) : [],
    productIds.length
      ? container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })
          .then((r) => r.data)
      : [],
    decisionNumbers.length
      ? certification.listOcopCertificates(
          { decision_number: decisionNumbers },
          { select: DECISION_FIELDS, take: null },
        )
      : [],
    productIds.length
      ? certification.listOcopCertificates(
          { product_id: productIds, status: "valid" },
          { select: VALID_FIELDS, take: null },
        )
      : [],
  ])
  const subjectById = new Map((subjects as Row[]).map((s) => [s.id, s]))
  const titles = new Map((products as Row[]).map((p) => [p.id, p.title as string]))
  const byDecision = groupBy(decisions as Row[], "decision_number")
  const validByProduct = groupBy(valid as Row[], "product_id")
  return {
    subject: async (id) => subjectById.get(id),
    productTitle: async (id) => titles.get(id),
    certificatesOfDecision: async (decisionNumber) => byDecision.get(decisionNumber) ?? [],
    validCertificatesOfProduct: async (productId) => (validByProduct.get(productId) ?? []) as ValidCertificate[],
  }
}
