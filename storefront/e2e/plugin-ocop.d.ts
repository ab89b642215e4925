// The built plugin ships JavaScript only: the helpers the e2e tests use to issue certificates and GTINs.
declare module "@ocop/plugin-ocop/rules" {
  /** Criterion scores adding up to `total` (plugins/ocop/src/rules/scoring.ts). */
  export function scoresForTotal(total: number): Record<string, unknown>
}
declare module "@ocop/plugin-ocop/gs1" {
  /** The digits with their GS1 check digit appended (plugins/ocop/src/rules/gs1.ts). */
  export function withCheckDigit(digitsWithoutCheck: string): string
}
