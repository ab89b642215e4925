import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { vietnamTime } from "@ocop/reference"
import { ListPage } from "../../components/list-page"
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
    <ListPage
      title={t("ocop_trace_digests.title")}
      intro={t("ocop_trace_digests.intro")}
      action={
        <Button onClick={() => publish.mutate()} isLoading={publish.isPending}>
          {t("ocop_trace_digests.publish")}
        </Button>
      }
      rows={data?.digests ?? []}
      rowKey={(digest) => digest.id}
      loading={isLoading}
      failed={!!error}
      empty={t("ocop_trace_digests.empty")}
      columns={[
        { header: t("ocop_trace_digests.sequence"), cell: (digest) => digest.sequence },
        { header: t("ocop_trace_digests.day"), cell: (digest) => digest.day },
        { header: t("ocop_trace_digests.lots"), cell: (digest) => digest.leaf_count },
        {
          header: t("ocop_trace_digests.root"),
          cell: (digest) => (
            <code className="text-xs" title={digest.root}>
              {digest.root.slice(0, 24)}…
            </code>
          ),
        },
        {
          header: t("ocop_trace_digests.published_at"),
          cell: (digest) => (
            <>
              {vietnamTime(digest.published_at, i18n.language)}{" "}
              <Badge size="2xsmall">
                {t(digest.trigger === "admin" ? "ocop_trace_digests.manual" : "ocop_trace_digests.automatic")}
              </Badge>
            </>
          ),
        },
        {
          header: t("ocop_trace_digests.address"),
          // Public on the storefront (and the store API, with the publishable key).
          cell: (digest) => (
            <code className="text-xs">{`/trace/digests/${digest.day}?sequence=${digest.sequence}`}</code>
          ),
        },
      ]}
    />
  )
}

export const config = defineRouteConfig({
  label: "ocop_trace_digests.menu",
  translationNs: "translation",
  icon: ShieldCheck,
})

export default TraceDigestsPage
