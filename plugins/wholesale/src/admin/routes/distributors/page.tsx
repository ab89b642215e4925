import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type Distributor = {
  id: string
  name: string
  tax_code: string
  invoice_address: string
  delivery_addresses: { label: string | null; address_1: string; province: string }[]
  contact: { name: string; phone: string; email: string }
  status: "pending" | "verified" | "rejected"
  rejection_reason: string | null
  created_at: string
}

const STATUS_COLOR = { pending: "orange", verified: "green", rejected: "red" } as const

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)
  return body as T
}

/** Distributor companies by status: verify a registration, or reject it with a reason. */
const DistributorsPage = () => {
  const [status, setStatus] = useState<string>("pending")
  const [distributors, setDistributors] = useState<Distributor[]>([])
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [loading, setLoading] = useState(false)

  const load = useCallback(async () => {
    setLoading(true)
    try {
      const query = new URLSearchParams({ limit: "100", ...(status === "all" ? {} : { status }) })
      setDistributors((await call<{ distributors: Distributor[] }>(`/admin/distributors?${query}`)).distributors)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setLoading(false)
    }
  }, [status])

  useEffect(() => {
    void load()
  }, [load])

  async function review(distributor: Distributor, decision: "verify" | "reject") {
    try {
      const body = decision === "reject" ? JSON.stringify({ reason: reasons[distributor.id] ?? "" }) : undefined
      await call(`/admin/distributors/${distributor.id}/${decision}`, { method: "POST", body })
      toast.success(`${distributor.name} ${decision === "verify" ? "verified" : "rejected"}`)
      await load()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Distributors</Heading>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {["pending", "verified", "rejected", "all"].map((value) => (
              <Select.Item key={value} value={value}>
                {value}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Company</Table.HeaderCell>
            <Table.HeaderCell>Tax code</Table.HeaderCell>
            <Table.HeaderCell>Delivery</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Review</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {distributors.map((distributor) => (
            <Table.Row key={distributor.id}>
              <Table.Cell>
                <Text weight="plus">{distributor.name}</Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {distributor.contact.name} · {distributor.contact.phone} · {distributor.contact.email}
                </Text>
              </Table.Cell>
              <Table.Cell>{distributor.tax_code}</Table.Cell>
              <Table.Cell>{distributor.delivery_addresses.map((a) => a.province).join(", ")}</Table.Cell>
              <Table.Cell>
                <Badge color={STATUS_COLOR[distributor.status]}>{distributor.status}</Badge>
                {distributor.rejection_reason && (
                  <Text size="small" className="text-ui-fg-subtle">
                    {distributor.rejection_reason}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>
                {distributor.status !== "verified" && (
                  <div className="flex items-center gap-2">
                    <Button size="small" onClick={() => review(distributor, "verify")}>
                      Verify
                    </Button>
                    {distributor.status === "pending" && (
                      <>
                        <Input
                          size="small"
                          placeholder="Reason"
                          value={reasons[distributor.id] ?? ""}
                          onChange={(event) => setReasons({ ...reasons, [distributor.id]: event.target.value })}
                        />
                        <Button size="small" variant="danger" onClick={() => review(distributor, "reject")}>
                          Reject
                        </Button>
                      </>
                    )}
                  </div>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!loading && !distributors.length && (
        <Text className="px-6 py-4 text-ui-fg-subtle">No {status === "all" ? "" : status} distributors.</Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Distributors", icon: BuildingStorefront })

export default DistributorsPage
