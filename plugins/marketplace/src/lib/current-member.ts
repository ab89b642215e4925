import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_ACTOR } from "../constants"
import { SELLER_MODULE, type SellerModuleService } from "../modules/seller"
import type { MemberRole } from "../modules/seller/models"

export interface CurrentMember {
  id: string
  email: string
  role: MemberRole
  seller_id: string
}

/**
 * The signed-in seller member (the `seller` actor). 401 when the token has no member, or the member
 * was removed since the token was issued.
 */
export async function currentMember(req: AuthenticatedMedusaRequest): Promise<CurrentMember> {
  const actorId = req.auth_context?.actor_id
  const unauthorized = new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized: sign in as a seller member")
  if (!actorId) throw unauthorized
  const [member] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerMembers({ id: actorId }, { select: ["id", "email", "role", "seller_id"], take: 1 })
  if (!member) throw unauthorized
  return member as CurrentMember
}

/** Middleware: only members with one of `roles` (403 otherwise); puts the member on `req.member`. */
export function requireRole(...roles: MemberRole[]) {
  return async function requireSellerRole(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const member = await currentMember(req as AuthenticatedMedusaRequest)
      if (!roles.includes(member.role)) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `role ${member.role} cannot do this: it needs ${roles.join(" or ")}`,
        )
      }
      ;(req as SellerRequest).member = member
      next()
    } catch (error) {
      next(error)
    }
  }
}

export type SellerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { member: CurrentMember }

/** A seller member's sign-in, for everything under /sellers/me (every plugin's): the portal's bearer token or a session. */
export const sellerSignIn = authenticate(SELLER_ACTOR, ["bearer", "session"])
/** Every member of the seller, the accountant too (reading orders, messages, notifications, invoices). */
export const anyMember = requireRole("owner", "staff", "accountant")
/** The members who manage the catalogue and answer buyers: not the accountant. */
export const catalogueMember = requireRole("owner", "staff")
