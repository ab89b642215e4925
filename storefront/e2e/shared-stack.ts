import type { Stack } from "@ocop/stack"
import { inject } from "vitest"

/** What the browser test files share: one running stack (its `stop` stays with the global setup). */
export type SharedStack = Omit<Stack, "stop">

declare module "vitest" {
  export interface ProvidedContext {
    sharedStack: SharedStack
  }
}

/**
 * The stack the e2e global setup started for the browser test files: already seeded, shared by
 * every file of the run, stopped by the global setup (its `stop` here does nothing).
 */
export function sharedStack(): Stack {
  return { ...inject("sharedStack"), stop: async () => undefined }
}
