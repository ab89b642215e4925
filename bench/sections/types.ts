import type { AxiosInstance } from "axios"
import type { Measure } from "../lib/measure"

/**
 * What every section gets at each catalogue size, once the catalogue is imported and the backend
 * answers promptly.
 */
export type SizeContext = {
  size: number
  backendUrl: string
  storefrontUrl: string
  /** The stack's database (a section may start processes of its own against it). */
  databaseUrl: string
  /** The backend's environment, as the stack runs it (for processes a section starts). */
  backendEnv: NodeJS.ProcessEnv
  /** Store API headers (publishable key). */
  store: Record<string, string>
  api: AxiosInstance
  regionId: string
  /** The filter the listings and searches use: the first generated product's stars, province and group. */
  filter: { stars: number; province: string; group: number; groupCategoryId: string | undefined }
  /** A product of that filter (handle, id, first variant). */
  product: { handle: string; id: string; variantId: string }
  log: (line: string) => void
}

/** One row of the results table: a key in a size's results, and how it reads. */
export type Row = { key: string; label: string }

/**
 * A group of measures, in a file of its own under bench/sections. `run` is called at every size
 * and returns its measures by key; `rows` says which of them the table shows, in order. A new
 * group is added to the list in sections/index.ts; nothing else changes.
 */
export type Section = {
  name: string
  rows: Row[]
  run: (context: SizeContext) => Promise<Record<string, Measure>>
}
