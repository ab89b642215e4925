import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Badge, Button, Container, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { localeOf, vietnamTime } from "@ocop/reference"
import { PageHeader } from "@ocop/plugin-ocop/admin/list-page"
import type { SearchStatus } from "../../../lib/reindex"
import { sdk } from "../../lib/sdk"

const statusKey = ["ocop", "search", "status"] as const

/**
 * Product search: the product search index's health (engine, documents, products on sale as OCOP, last
 * sync) and a reindex button whose progress is followed live. A rebuild is safe while the site is
 * live: the current index keeps serving until the new one is complete.
 */
const SearchPage = () => {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const queryClient = useQueryClient()
  const { data: status, error } = useQuery({
    queryKey: statusKey,
    queryFn: async () => (await sdk.client.fetch<{ status: SearchStatus }>("/admin/ocop/search/status")).status,
    // Follow a running rebuild every second; otherwise a glance every 30 s is enough.
    refetchInterval: (query) => (isRunning(query.state.data) ? 1_000 : 30_000),
  })
  const reindex = useMutation({
    mutationFn: () => sdk.client.fetch<{ status: SearchStatus }>("/admin/ocop/search/reindex", { method: "POST" }),
    onSuccess: ({ status }) => {
      queryClient.setQueryData(statusKey, status)
      toast.info(t("ocop_search.rebuilding"))
    },
    onError: () => toast.error(t("ocop_search.rebuild_failed")),
  })
  const running = isRunning(status)
  const percent = status?.progress?.percent ?? (running ? 0 : null)

  return (
    <Container className="divide-y p-0">
      <PageHeader
        title={t("ocop_search.title")}
        intro={t("ocop_search.subtitle")}
        action={
          <Button onClick={() => reindex.mutate()} isLoading={reindex.isPending} disabled={running}>
            {t("ocop_search.rebuild")}
          </Button>
        }
      />
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{t("ocop_search.status_failed")}</Text> : null}
      {status ? (
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 px-6 py-4 md:grid-cols-3">
          <Fact label={t("ocop_search.engine")}>{status.provider ?? "—"}</Fact>
          <Fact label={t("ocop_search.state")}>
            <Badge color={status.state === "ready" ? "green" : "orange"}>
              {status.state ? t(`ocop_search.states.${status.state}`, { defaultValue: status.state }) : "—"}
            </Badge>
          </Fact>
          <Fact label={t("ocop_search.documents")}>
            {t("ocop_search.of_products", {
              documents: fmt(status.document_count, lang),
              products: fmt(status.product_count, lang),
            })}
          </Fact>
          <Fact label={t("ocop_search.on_sale")}>{fmt(status.ocop_visible_count, lang)}</Fact>
          <Fact label={t("ocop_search.last_sync")}>
            {status.last_sync
              ? `${t(`ocop_search.sync.${status.last_sync.status}`, { defaultValue: status.last_sync.status })} · ${vietnamTime(status.last_sync.completed_at, lang)}`
              : "—"}
          </Fact>
          {status.job?.error ? <Fact label={t("ocop_search.error")}>{status.job.error}</Fact> : null}
        </dl>
      ) : null}
      {percent != null ? (
        <div className="px-6 py-4" aria-live="polite">
          <Text size="small">
            {t("ocop_search.progress", {
              synced: fmt(status?.progress?.synced ?? 0, lang),
              total: fmt(status?.progress?.total ?? status?.product_count ?? 0, lang),
              percent,
            })}
          </Text>
          <progress className="mt-2 w-full" max={100} value={percent} aria-label={t("ocop_search.progress_label")} />
        </div>
      ) : null}
    </Container>
  )
}

function isRunning(status: SearchStatus | undefined) {
  return !!status && (status.job?.status === "running" || status.progress != null)
}

function fmt(value: number | null | undefined, lang: string) {
  return value == null ? "—" : value.toLocaleString(localeOf(lang))
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>
        <Text size="small" className="text-ui-fg-subtle">
          {label}
        </Text>
      </dt>
      <dd>
        <Text size="small">{children}</Text>
      </dd>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "ocop_search.menu",
  translationNs: "translation",
  icon: MagnifyingGlass,
})

export default SearchPage
