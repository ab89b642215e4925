import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { useTranslation } from "react-i18next"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { vietnamTime } from "@ocop/reference"
import { ListPage } from "@ocop/plugin-ocop/admin/list-page"
import { role } from "../../lib/roles"
import { sdk } from "../../lib/sdk"
import type { ReportedThread } from "../../lib/types"

/**
 * Conversations between buyers and cooperatives that one of them reported, latest report first.
 * The operator reads only these (read-only); other conversations stay between their two sides.
 */
const MessageReportsPage = () => {
  const { t, i18n } = useTranslation()
  const { data, isLoading, error } = useQuery({
    queryKey: ["message-reports"],
    queryFn: () => sdk.client.fetch<{ threads: ReportedThread[]; count: number }>("/admin/messages/threads?limit=100"),
  })
  return (
    <ListPage
      title={t("ocop_message_reports.title")}
      intro={t("ocop_message_reports.intro")}
      testId="message-reports-table"
      rows={data?.threads ?? []}
      rowKey={(thread) => thread.id}
      loading={isLoading}
      failed={!!error}
      empty={t("ocop_message_reports.empty")}
      columns={[
        {
          header: t("ocop_message_reports.reported_at"),
          cell: (thread) => vietnamTime(thread.reported_at, i18n.language),
        },
        {
          header: t("ocop_message_reports.subject"),
          clip: "16rem",
          title: (thread) => thread.subject.title,
          cell: (thread) => (
            <Link className="text-ui-fg-interactive" to={`/message-reports/${thread.id}`}>
              {thread.subject.kind === "order"
                ? t("ocop_message_reports.order", { number: thread.subject.title })
                : thread.subject.title}
            </Link>
          ),
        },
        { header: t("ocop_message_reports.seller"), clip: "14rem", cell: (thread) => thread.seller.legal_name ?? "—" },
        {
          header: t("ocop_message_reports.buyer"),
          cell: (thread) => thread.customer.name ?? thread.customer.email ?? "—",
        },
        { header: t("ocop_message_reports.reporter"), cell: (thread) => t(role(thread.reported_by)) },
        {
          header: t("ocop_message_reports.reason"),
          clip: "20rem",
          title: (thread) => thread.report_reason,
          cell: (thread) => thread.report_reason,
        },
      ]}
    />
  )
}

export const config = defineRouteConfig({
  label: "ocop_message_reports.menu",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export default MessageReportsPage
