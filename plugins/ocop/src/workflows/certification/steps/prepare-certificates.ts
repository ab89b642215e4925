import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ruleErrorsToMedusaError } from "../../../lib/errors"
import { checkAgainstEarlierInBatch } from "../../../rules"
import type { IssueCertificateInput } from "../types"
import { readsForBatch } from "./certificate-reads"
import { prepareCertificate, type PreparedCertificate } from "./prepare-certificate"

export type RefusedCertificate = { index: number; message: string }
export type PreparedCertificates = {
  prepared: (PreparedCertificate & { index: number })[]
  refused: RefusedCertificate[]
}

export const prepareCertificatesStepId = "ocop-prepare-certificates"

/** Rule errors refuse one certificate of a batch; anything else (the database) fails the batch. */
function isRefusal(error: unknown) {
  const type = (error as { type?: string } | null)?.type
  return (
    MedusaError.isMedusaError(error) &&
    (type === MedusaError.Types.INVALID_DATA || type === MedusaError.Types.NOT_FOUND)
  )
}

/**
 * The checks of prepareCertificateStep for a batch of certificates to issue (reads only): each is
 * checked by the same rules; a refused one is reported with its index and message instead of
 * failing the batch. Within the batch, a decision (issuing authority, number, year) has one date
 * and a product gets one certificate, as if they had been issued one after the other.
 * What the checks read is read up front for the whole batch (readsForBatch).
 */
export const prepareCertificatesStep = createStep(
  prepareCertificatesStepId,
  async (input: { certificates: IssueCertificateInput[]; now?: string }, { container }) => {
    const result: PreparedCertificates = { prepared: [], refused: [] }
    // A decision is (issuing authority, number, year): two provinces' 1005/QĐ-UBND are two decisions.
    const decisions = new Map<string, PreparedCertificate["certificate"]>()
    const products = new Set<string>()
    const reads = await readsForBatch(container, input.certificates)
    for (const [index, certificate] of input.certificates.entries()) {
      try {
        const prepared = await prepareCertificate(
          container,
          { ...certificate, now: input.now ?? certificate.now, mode: "issue" },
          reads,
        )
        const { decision_number, decision_date, authority_name, product_id } = prepared.certificate
        const key = JSON.stringify(prepared.decision)
        const first = decisions.get(key)
        const errors = checkAgainstEarlierInBatch({
          decision_number,
          authority_name,
          decision_date,
          earlier_decision_date: first?.decision_date,
          product: prepared.product,
          product_earlier: products.has(product_id),
        })
        if (errors.length) throw ruleErrorsToMedusaError(errors)
        decisions.set(key, first ?? prepared.certificate)
        products.add(product_id)
        result.prepared.push({ ...prepared, index })
      } catch (error) {
        if (!isRefusal(error)) throw error
        result.refused.push({ index, message: (error as Error).message })
      }
    }
    return new StepResponse(result)
  },
)
