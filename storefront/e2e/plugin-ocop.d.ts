// The built plugin ships JavaScript only: the one helper the e2e tests use to issue certificates.
declare module "@ocop/plugin-ocop/rules/index" {
  /** Criterion scores adding up to `total` (plugins/ocop/src/rules/scoring.ts). */
  export function scoresForTotal(total: number): Record<string, unknown>
}
