import { connectBrowser, type Browser, type Stack } from "@ocop/stack"
import { inject } from "vitest"

/**
 * The demo products the shared stack seeds. A file that needs a stack of its own (card payments
 * configured, or pages that count the whole shop) asks for as many, and so starts from a copy of
 * the shared stack's seed (saved right after it) instead of seeding again.
 */
export const SHARED_SEED_PRODUCTS = 24

/**
 * What the browser test files share: one running stack (its `stop` stays with the global setup) and
 * the address of one running chromium.
 */
export type SharedStack = Omit<Stack, "stop"> & { browserEndpoint: string }

declare module "vitest" {
  export interface ProvidedContext {
    sharedStack: SharedStack
  }
}

/**
 * The stack the e2e global setup started for the browser test files: already seeded, shared by
 * every file of the run, stopped by the global setup (its `stop` here does nothing). Files run side
 * by side on it: each makes and reads its own sellers, buyers and products.
 */
export function sharedStack(): Stack {
  const { browserEndpoint: _, ...stack } = inject("sharedStack")
  return { ...stack, stop: async () => undefined }
}

/**
 * The chromium the e2e global setup started, for this file: its `close()` closes the file's
 * contexts and leaves the browser running for the other files.
 */
export function sharedBrowser(): Promise<Browser> {
  return connectBrowser(inject("sharedStack").browserEndpoint)
}
