import { MedusaService } from "@medusajs/framework/utils"
import { DistributorCompany, DistributorMember, OrderApproval } from "./models"

/** The distributor module: companies, their members and order approvals (generated CRUD; processes in src/workflows). */
class DistributorModuleService extends MedusaService({ DistributorCompany, DistributorMember, OrderApproval }) {}

export default DistributorModuleService
