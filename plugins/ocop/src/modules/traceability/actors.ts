import type { RuleError } from "../../rules/errors"
import type { TraceActor, TraceEventInput } from "./types"

/**
 * Who records an event, as the server knows it (never as the request body says):
 * - a seller member: the event is the seller's own, in its registered name;
 * - an admin: may record any actor, including an authority's inspection in the authority's name;
 * - an EPCIS document captured for a producer: the producer's events (by default in the
 *   producer's name), which may name the producer's partners but never an authority.
 */
export type TraceRecorder =
  | { type: "seller"; seller_id: string; name: string; subject_id: string }
  | { type: "admin"; user_id: string | null }
  | { type: "epcis_capture"; user_id: string | null; subject_id: string; name: string }

/** Actor roles that speak for a public authority (a People's Committee, an inspection body). */
export const AUTHORITY_ROLES = ["certifier", "inspector", "authority", "regulator"] as const

export function isAuthorityRole(role: string | null | undefined): boolean {
  return !!role && (AUTHORITY_ROLES as readonly string[]).includes(role.trim().toLowerCase())
}

export type ResolvedActor = { ok: true; actor: TraceActor | null; origin: string } | { ok: false; errors: RuleError[] }

/**
 * The actor and origin stored with an event, from who records it. A seller never chooses its
 * actor: it is the seller, with its registered name and ids. Only an admin records an authority's
 * inspection, and must name the authority.
 */
export function resolveActor(recorder: TraceRecorder, event: Pick<TraceEventInput, "actor">): ResolvedActor {
  const given = event.actor ?? null
  if (recorder.type === "seller") {
    if (given) {
      return {
        ok: false,
        errors: [
          {
            field: "actor",
            rule: "actor_is_seller",
            message: "a seller's events are recorded in the seller's own registered name: leave the actor out",
          },
        ],
      }
    }
    return {
      ok: true,
      origin: "seller",
      actor: {
        name: recorder.name,
        subject_id: recorder.subject_id,
        seller_id: recorder.seller_id,
        role: "producer",
        recorded_by: { type: "seller", id: recorder.seller_id },
      },
    }
  }
  if (recorder.type === "epcis_capture") {
    if (given && isAuthorityRole(given.role)) {
      return {
        ok: false,
        errors: [
          {
            field: "actor.role",
            rule: "authority_by_admin",
            message:
              "an authority's inspection is recorded by the marketplace administration in the authority's name, not in a producer's EPCIS document",
          },
        ],
      }
    }
    // The document may name the producer's own people or its distributors; never an authority.
    const recorded_by = { type: "epcis_capture" as const, id: recorder.user_id }
    return {
      ok: true,
      origin: "epcis_capture",
      actor: given
        ? { ...given, recorded_by }
        : { name: recorder.name, subject_id: recorder.subject_id, role: "producer", recorded_by },
    }
  }
  if (given && isAuthorityRole(given.role) && !given.name?.trim()) {
    return {
      ok: false,
      errors: [
        {
          field: "actor.name",
          rule: "required",
          message: "name the authority that inspected (e.g. UBND tỉnh Lào Cai)",
        },
      ],
    }
  }
  return {
    ok: true,
    origin: "admin",
    actor: given ? { ...given, recorded_by: { type: "admin", id: recorder.user_id } } : null,
  }
}
