/**
 * TanStack Query hooks over the plugin's admin API, through the admin JS SDK (session auth).
 * The admin dashboard provides the QueryClient.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { MANDATORY_CRITERIA, SCORE_PARTS } from "../../rules/criteria"
import { sdk, send } from "./sdk"
import type {
  CertificateBody,
  CertificateFilters,
  CertificateList,
  OcopCertificate,
  OcopRules,
  OcopSubject,
  ProductOcop,
  SubjectBody,
} from "./types"

export const ocopKeys = {
  all: ["ocop"] as const,
  rules: () => ["ocop", "rules"] as const,
  product: (productId: string) => ["ocop", "product", productId] as const,
  subjects: (q: string) => ["ocop", "subjects", q] as const,
  certificates: (query: Record<string, unknown>) => ["ocop", "certificates", query] as const,
}

type AnyRecord = Record<string, any>

/** Reads the rules whatever their envelope ({parts, mandatory_criteria} or {rules: {…}}). */
function normaliseRules(data: AnyRecord): OcopRules & { source: "api" | "local" } {
  const body = (data?.rules && typeof data.rules === "object" ? data.rules : data) as AnyRecord
  const parts = body.parts ?? body.score_parts ?? body.score_sheet?.parts
  const mandatory = body.mandatory_criteria ?? body.mandatory ?? body.score_sheet?.mandatory_criteria
  if (!Array.isArray(parts) || !parts.length) throw new Error("GET /admin/ocop/rules returned no score-sheet parts")
  return {
    parts,
    mandatory_criteria: Array.isArray(mandatory) ? mandatory : MANDATORY_CRITERIA,
    source: "api",
  }
}

/**
 * The score sheet from GET /admin/ocop/rules. If the route cannot be read, the same data from the
 * rules module bundled with the admin is used (and `source` says so), so a sheet can still be filled.
 */
export function useOcopRules() {
  return useQuery({
    queryKey: ocopKeys.rules(),
    queryFn: async () => {
      try {
        return normaliseRules(await sdk.client.fetch<AnyRecord>("/admin/ocop/rules"))
      } catch (error) {
        console.warn("[ocop] GET /admin/ocop/rules failed; using the bundled rules", error)
        return { parts: SCORE_PARTS, mandatory_criteria: MANDATORY_CRITERIA, source: "local" as const }
      }
    },
    staleTime: Infinity,
  })
}

export function useProductOcop(productId: string) {
  return useQuery({
    queryKey: ocopKeys.product(productId),
    queryFn: () => sdk.client.fetch<ProductOcop>(`/admin/products/${productId}/ocop`),
    enabled: !!productId,
  })
}

export function useSubjects(q: string, enabled = true) {
  return useQuery({
    queryKey: ocopKeys.subjects(q),
    queryFn: () =>
      sdk.client.fetch<{ subjects: OcopSubject[]; count: number }>("/admin/ocop/subjects", {
        query: { q: q || undefined, limit: 20, offset: 0 },
      }),
    enabled,
    placeholderData: (previous) => previous,
  })
}

export function useCreateSubject() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: SubjectBody) => send<{ subject: OcopSubject }>("/admin/ocop/subjects", { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop", "subjects"] }),
  })
}

function invalidateAll(client: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    client.invalidateQueries({ queryKey: ["ocop", "product"] }),
    client.invalidateQueries({ queryKey: ["ocop", "certificates"] }),
  ])
}

export function useIssueCertificate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: CertificateBody) => send<{ certificate: OcopCertificate }>("/admin/ocop/certificates", { body }),
    onSuccess: () => invalidateAll(client),
  })
}

export function useRenewCertificate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CertificateBody }) =>
      send<{ certificate: OcopCertificate; previous: OcopCertificate }>(`/admin/ocop/certificates/${id}/renew`, {
        body,
      }),
    onSuccess: () => invalidateAll(client),
  })
}

export function useRevokeCertificate() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      send<{ certificate: OcopCertificate }>(`/admin/ocop/certificates/${id}/revoke`, { body: { reason } }),
    onSuccess: () => invalidateAll(client),
  })
}

/** Query parameters of the list and the CSV export: empty filters are left out. */
export function certificateQuery(filters: CertificateFilters, page?: { limit: number; offset: number }) {
  const query: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && String(value).trim() !== "") query[key] = String(value).trim()
  }
  if (page) {
    query.limit = page.limit
    query.offset = page.offset
  }
  return query
}

export function useCertificates(filters: CertificateFilters, page: { limit: number; offset: number }) {
  const query = certificateQuery(filters, page)
  return useQuery({
    queryKey: ocopKeys.certificates(query),
    queryFn: () => sdk.client.fetch<CertificateList>("/admin/ocop/certificates", { query }),
    placeholderData: (previous) => previous,
  })
}

/** Downloads GET /admin/ocop/certificates/export.csv with the current filters (session cookie). */
export async function downloadCertificatesCsv(filters: CertificateFilters) {
  const response = await sdk.client.fetch<Response>("/admin/ocop/certificates/export.csv", {
    query: certificateQuery(filters),
    headers: { accept: "text/csv" },
  })
  const blob = await response.blob()
  const disposition = response.headers.get("content-disposition") ?? ""
  const fromHeader = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1]
  const filename = fromHeader
    ? decodeURIComponent(fromHeader)
    : `ocop-certificates-${new Date().toISOString().slice(0, 10)}.csv`
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return filename
}
