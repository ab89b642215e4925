import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { vietnamTime } from "@ocop/reference"
import { sdk } from "../../lib/sdk"

type Digest = {
  id: string
  sequence: number
  day: string
  root: string
  leaf_count: number
  digest_hash: string
  trigger: "scheduled" | "admin"
  published_at: string
  url: string
}

const key = ["ocop", "trace-digests"] as const

/**
 * Trace digests: the published digests of every lot's history (a Merkle root of all lot
 * heads, daily and on demand). Anyone who kept a root can later prove that a lot's history was
 * rewritten; each digest is public at its URL.
 */
const TraceDigestsPage = () => {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const { data, error, isLoading } = useQuery({
    queryKey: key,
    queryFn: () =>
      sdk.client.fetch<{ digests: Digest[]; count: number }>("/admin/ocop/trace/digests", { query: { limit: 60 } }),
  })
  const publish = useMutation({
    mutationFn: () => sdk.client.fetch<{ digest: Digest }>("/admin/ocop/trace/digests", { method: "POST" }),
    onSuccess: ({ digest }) => {
      toast.success(t("ocop_trace_digests.published", { sequence: digest.sequence, lots: digest.leaf_count }))
      queryClient.invalidateQueries({ queryKey: key })
    },
    onError: () => toast.error(t("ocop_trace_digests.publish_failed")),
  })
  return (
    <Container className="divide-y p-0" data-testid="ocop-trace-digests">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t("ocop_trace_digests.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("ocop_trace_digests.intro")}
          </Text>
        </div>
        <Button onClick={() => publish.mutate()} isLoading={publish.isPending}>
          {t("ocop_trace_digests.publish")}
        </Button>
      </div>
      {isLoading ? <Text className="px-6 py-4">{t("ocop_trace_digests.loading")}</Text> : null}
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{t("ocop_trace_digests.load_failed")}</Text> : null}
      {data && !data.digests.length ? <Text className="px-6 py-4">{t("ocop_trace_digests.empty")}</Text> : null}
      {data?.digests.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("ocop_trace_digests.sequence")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_trace_digests.day")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_trace_digests.lots")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_trace_digests.root")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_trace_digests.published_at")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_trace_digests.address")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.digests.map((digest) => (
              <Table.Row key={digest.id}>
                <Table.Cell>{digest.sequence}</Table.Cell>
                <Table.Cell>{digest.day}</Table.Cell>
                <Table.Cell>{digest.leaf_count}</Table.Cell>
                <Table.Cell>
                  <code className="text-xs" title={digest.root}>
                    {digest.root.slice(0, 24)}…
                  </code>
                </Table.Cell>
                <Table.Cell>
                  {vietnamTime(digest.published_at, i18n.language)}{" "}
                  <Badge size="2xsmall">
                    {t(digest.trigger === "admin" ? "ocop_trace_digests.manual" : "ocop_trace_digests.automatic")}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  {/* Public on the storefront (and the store API, with the publishable key). */}
                  <code className="text-xs">{`/trace/digests/${digest.day}?sequence=${digest.sequence}`}</code>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ocop_trace_digests.menu",
  translationNs: "translation",
  icon: ShieldCheck,
})

export default TraceDigestsPage
