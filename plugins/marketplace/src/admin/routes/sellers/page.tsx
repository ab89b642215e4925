import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type Seller = {
  id: string
  legal_name: string
  type: string
  tax_code: string
  email: string
  address: { address_1: string; province_code: string }
  status: "pending" | "approved" | "rejected"
  rejection_reason: string | null
  commission_rate: number
  created_at: string
}

type SellerDocument = { id: string; filename: string; mime_type: string; size: number; url: string }

const STATUS_COLOR = { pending: "orange", approved: "green", rejected: "red" } as const

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, {
    credentials: "include",
    headers: { "content-type": "application/json" },
    ...init,
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)
  return body as T
}

/** Sellers: registrations to review (approve, or reject with a reason) and approved sellers. */
const SellersPage = () => {
  const [status, setStatus] = useState<string>("pending")
  const [sellers, setSellers] = useState<Seller[]>([])
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const [loading, setLoading] = useState(false)
  const [documents, setDocuments] = useState<Record<string, SellerDocument[]>>({})

  const load = useCallback(async () => {
    setLoading(true)
    try {
      const query = new URLSearchParams({ limit: "100", ...(status === "all" ? {} : { status }) })
      const { sellers } = await call<{ sellers: Seller[] }>(`/admin/sellers?${query}`)
      setSellers(sellers)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setLoading(false)
    }
  }, [status])

  useEffect(() => {
    void load()
  }, [load])

  async function review(seller: Seller, decision: "approve" | "reject") {
    try {
      const body = decision === "reject" ? JSON.stringify({ reason: reasons[seller.id] ?? "" }) : undefined
      await call(`/admin/sellers/${seller.id}/${decision}`, { method: "POST", body })
      toast.success(decision === "approve" ? `${seller.legal_name} approved` : `${seller.legal_name} rejected`)
      await load()
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  /** The registration documents, read before approving. */
  async function showDocuments(seller: Seller) {
    try {
      const { seller: detail } = await call<{ seller: { documents: SellerDocument[] } }>(`/admin/sellers/${seller.id}`)
      setDocuments({ ...documents, [seller.id]: detail.documents })
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Sellers</Heading>
        <Select value={status} onValueChange={setStatus}>
          <Select.Trigger className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {["pending", "approved", "rejected", "all"].map((value) => (
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
            <Table.HeaderCell>Seller</Table.HeaderCell>
            <Table.HeaderCell>Tax code</Table.HeaderCell>
            <Table.HeaderCell>Province</Table.HeaderCell>
            <Table.HeaderCell>Commission</Table.HeaderCell>
            <Table.HeaderCell>Documents</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Review</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {sellers.map((seller) => (
            <Table.Row key={seller.id}>
              <Table.Cell>
                <Text weight="plus">{seller.legal_name}</Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {seller.type} · {seller.email}
                </Text>
              </Table.Cell>
              <Table.Cell>{seller.tax_code}</Table.Cell>
              <Table.Cell>{seller.address.province_code}</Table.Cell>
              <Table.Cell>{seller.commission_rate} %</Table.Cell>
              <Table.Cell>
                {documents[seller.id] ? (
                  documents[seller.id].length ? (
                    <ul>
                      {documents[seller.id].map((document) => (
                        <li key={document.id}>
                          <a href={document.url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                            {document.filename}
                          </a>{" "}
                          <Text size="xsmall" as="span" className="text-ui-fg-subtle">
                            {Math.ceil(document.size / 1024)} KB
                          </Text>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <Text size="small" className="text-ui-fg-subtle">None</Text>
                  )
                ) : (
                  <Button size="small" variant="secondary" onClick={() => showDocuments(seller)}>
                    Show
                  </Button>
                )}
              </Table.Cell>
              <Table.Cell>
                <Badge color={STATUS_COLOR[seller.status]}>{seller.status}</Badge>
                {seller.rejection_reason && (
                  <Text size="small" className="text-ui-fg-subtle">
                    {seller.rejection_reason}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>
                {seller.status !== "approved" && (
                  <div className="flex items-center gap-2">
                    <Button size="small" onClick={() => review(seller, "approve")}>
                      Approve
                    </Button>
                    {seller.status === "pending" && (
                      <>
                        <Input
                          size="small"
                          placeholder="Reason"
                          value={reasons[seller.id] ?? ""}
                          onChange={(event) => setReasons({ ...reasons, [seller.id]: event.target.value })}
                        />
                        <Button size="small" variant="danger" onClick={() => review(seller, "reject")}>
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
      {!loading && !sellers.length && (
        <Text className="px-6 py-4 text-ui-fg-subtle">No {status === "all" ? "" : status} sellers.</Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Sellers", icon: Buildings })

export default SellersPage
