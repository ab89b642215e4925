import { MedusaService } from "@medusajs/framework/utils"
import { OcopCertificate, OcopEvaluation, OcopSubject } from "./models"

/**
 * The certification module: OCOP subjects, evaluations and certificates. Generated CRUD
 * (listOcopCertificates, listAndCountOcopCertificates, createOcopCertificates, …); the rules live
 * in src/rules and the processes in src/workflows.
 */
class CertificationModuleService extends MedusaService({
  OcopSubject,
  OcopEvaluation,
  OcopCertificate,
}) {}

export default CertificationModuleService
