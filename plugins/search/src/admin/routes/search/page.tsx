import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { SearchStatus } from "../../../lib/reindex"
import { sdk } from "../../lib/sdk"

const statusKey = ["ocop", "search", "status"] as const

/**
 * Tìm kiếm: the product search index's health (engine, documents, products on sale as OCOP, last
 * sync) and a reindex button whose progress is followed live. A rebuild is safe while the site is
 * live: the current index keeps serving until the new one is complete.
 */
const SearchPage = () => {
  const { t } = useTranslation()
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
      toast.info("Đang xây dựng lại chỉ mục tìm kiếm")
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const running = isRunning(status)
  const percent = status?.progress?.percent ?? (running ? 0 : null)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t("ocop_search.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Chỉ mục tìm kiếm của sàn (Search Module của Medusa)
          </Text>
        </div>
        <Button onClick={() => reindex.mutate()} isLoading={reindex.isPending} disabled={running}>
          Xây dựng lại chỉ mục
        </Button>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">Không đọc được trạng thái: {(error as Error).message}</Text>
      ) : null}
      {status ? (
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 px-6 py-4 md:grid-cols-3">
          <Fact label="Công cụ">{status.provider ?? "—"}</Fact>
          <Fact label="Trạng thái">
            <Badge color={status.state === "ready" ? "green" : "orange"}>{status.state ?? "—"}</Badge>
          </Fact>
          <Fact label="Tài liệu trong chỉ mục">
            {fmt(status.document_count)} / {fmt(status.product_count)} sản phẩm
          </Fact>
          <Fact label="Đang bán như OCOP">{fmt(status.ocop_visible_count)}</Fact>
          <Fact label="Lần đồng bộ gần nhất">
            {status.last_sync
              ? `${status.last_sync.status} · ${status.last_sync.completed_at ? formatVnDateTime(status.last_sync.completed_at) : "—"}`
              : "—"}
          </Fact>
          {status.job?.error ? <Fact label="Lỗi">{status.job.error}</Fact> : null}
        </dl>
      ) : null}
      {percent != null ? (
        <div className="px-6 py-4" aria-live="polite">
          <Text size="small">
            Đang xây dựng lại: {status?.progress?.synced ?? 0} / {status?.progress?.total ?? status?.product_count ?? 0}{" "}
            sản phẩm ({percent}%)
          </Text>
          <progress className="mt-2 w-full" max={100} value={percent} aria-label="Tiến độ xây dựng lại chỉ mục" />
        </div>
      ) : null}
    </Container>
  )
}

function isRunning(status: SearchStatus | undefined) {
  return !!status && (status.job?.status === "running" || status.progress != null)
}

/** A sync's time in Vietnam. */
function formatVnDateTime(value: string) {
  return new Date(value).toLocaleString("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    dateStyle: "short",
    timeStyle: "short",
  })
}

function fmt(value: number | null | undefined) {
  return value == null ? "—" : value.toLocaleString("vi-VN")
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
