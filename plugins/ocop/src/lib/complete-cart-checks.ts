import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * Medusa lets a workflow hook have one handler only, and this plugin's certification check holds
 * `completeCartWorkflow.hooks.validate`. Other plugins that must act at the same moment (e.g. book a
 * tourism slot's places under a lock) add a check here; the one handler runs them in order after the
 * certification check, and runs their compensations if the completion fails later.
 */
export type CompleteCartCheck<T = unknown> = {
  name: string
  invoke: (input: { cart_id: string }, container: MedusaContainer) => Promise<T>
  compensate?: (data: T, container: MedusaContainer) => Promise<void>
}

// One list per process, whichever copy of this file a plugin loads.
const KEY = Symbol.for("ocop.complete-cart-checks")
const registry = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, CompleteCartCheck>

export function addCompleteCartCheck<T>(check: CompleteCartCheck<T>) {
  registry.set(check.name, check as CompleteCartCheck)
}

export function completeCartChecks(): CompleteCartCheck[] {
  return [...registry.values()]
}
