import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { invalid, notFound } from "@ocop/plugin-ocop/errors"
import { pageOf } from "@ocop/plugin-ocop/validate-query"
import { resolveDistributor } from "../../../../../lib/distributor-context"
import { presentApproval } from "../../../../../lib/present"
import { readCart } from "../../../../../lib/cart-snapshot"
import { aboveLimit } from "../../../../../lib/spending-limit"
import { DISTRIBUTOR_MODULE, type DistributorModuleService } from "../../../../../modules/distributor"
import type { StoreRequestApprovalType } from "../../validators"

/** The company's approvers are told: { id, company_id, amount, requested_by, approver_customer_ids }. */
export const APPROVAL_REQUESTED = "distributor_approval.requested"

/**
 * GET /store/distributors/me/approvals?status=&limit=&offset=&order= → { approvals, count, limit, offset }:
 * a page of the company's for approvers, of one's own for buyers, newest first.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company, member } = await resolveDistributor(req, { roles: ["approver", "buyer"] })
  const { status } = req.validatedQuery as { status?: string }
  const filters: Record<string, unknown> = { company_id: company.id }
  if (member.role === "buyer") filters.requested_by_member_id = member.id
  if (status) filters.status = status
  const page = pageOf(req, { created_at: "DESC", id: "DESC" })
  const [approvals, count] = await req.scope
    .resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
    .listAndCountOrderApprovals(filters, page)
  res.json({
    approvals: approvals.map((approval) => presentApproval(approval, member.id)),
    count,
    limit: page.take,
    offset: page.skip,
  })
}

/**
 * POST /store/distributors/me/approvals { cart_id } → 201 { approval }: a buyer sends its cart above
 * its limit to an approver. The approval binds the cart as it is now (lines, prices, total): any
 * change to the cart afterwards voids it.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRequestApprovalType>, res: MedusaResponse) => {
  const { company, member } = await resolveDistributor(req, { verified: true, roles: ["buyer"] })
  const cart = await readCart(req.scope, req.validatedBody.cart_id)
  if (!cart || cart.customer_id !== member.customer_id) throw notFound(`cart ${req.validatedBody.cart_id} not found`)
  if (cart.completed) throw invalid("cart_id", "completed", "this cart is already an order")
  if (!aboveLimit(member, cart.snapshot.total)) {
    throw invalid(
      "cart_id",
      "within_limit",
      `the total ${cart.snapshot.total} ₫ is within your spending limit: place the order directly`,
    )
  }
  const service = req.scope.resolve<DistributorModuleService>(DISTRIBUTOR_MODULE)
  const [existing] = await service.listOrderApprovals({ cart_id: cart.id }, { take: 1 })
  if (existing && existing.status !== "rejected" && existing.status !== "void") {
    throw invalid("cart_id", "already_sent", `this cart is already ${existing.status}`)
  }
  const data = {
    cart_id: cart.id,
    amount: cart.snapshot.total,
    snapshot: cart.snapshot as unknown as Record<string, unknown>,
    status: "pending" as const,
    requested_by_member_id: member.id,
    company_id: company.id,
  }
  const approval = existing
    ? await service.updateOrderApprovals({ id: existing.id, ...data, reason: null, decided_by_member_id: null })
    : await service.createOrderApprovals(data)
  const approvers = await service.listDistributorMembers(
    { company_id: company.id, role: "approver" },
    { select: ["customer_id"], take: null },
  )
  await req.scope.resolve(Modules.EVENT_BUS).emit({
    name: APPROVAL_REQUESTED,
    data: {
      id: approval.id,
      company_id: company.id,
      amount: Number(approval.amount),
      requested_by: member.email,
      approver_customer_ids: approvers.map((a) => a.customer_id).filter(Boolean),
      requested_at: new Date().toISOString(),
    },
  })
  res.status(201).json({ approval: presentApproval(approval, member.id) })
}
