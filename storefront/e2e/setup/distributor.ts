import type { BackendClient } from "@ocop/stack"

/** The operator verifies a distributor company that registered and waits, found by its tax code: its id. */
export async function verifyDistributor(client: BackendClient, taxCode: string) {
  const { distributors } = await client.admin<{ distributors: { id: string; tax_code: string }[] }>(
    "GET",
    "/admin/distributors?status=pending&limit=100",
  )
  const company = distributors.find((d) => d.tax_code === taxCode)
  if (!company) throw new Error(`no pending distributor with tax code ${taxCode}`)
  await client.admin("POST", `/admin/distributors/${company.id}/verify`)
  return company.id
}
