import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { vietnamTime } from "@ocop/reference"
import { role } from "../../lib/roles"
import { sdk } from "../../lib/sdk"
import type { ReportedThread } from "../../lib/types"

/**
 * Conversations between buyers and cooperatives that one of them reported, latest report first.
 * The operator reads only these (read-only); other conversations stay between their two sides.
 */
const MessageReportsPage = () => {
  const { t, i18n } = useTranslation()
  const { data, isLoading } = useQuery({
    queryKey: ["message-reports"],
    queryFn: () => sdk.client.fetch<{ threads: ReportedThread[]; count: number }>("/admin/messages/threads?limit=100"),
  })
  const threads = data?.threads ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("ocop_message_reports.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("ocop_message_reports.intro")}
        </Text>
      </div>
      <div className="overflow-x-auto">
        <Table data-testid="message-reports-table">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("ocop_message_reports.reported_at")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_message_reports.subject")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_message_reports.seller")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_message_reports.buyer")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_message_reports.reporter")}</Table.HeaderCell>
              <Table.HeaderCell>{t("ocop_message_reports.reason")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {threads.map((thread) => (
              <Table.Row key={thread.id}>
                <Table.Cell>{vietnamTime(thread.reported_at, i18n.language)}</Table.Cell>
                <Table.Cell className="max-w-[16rem] truncate" title={thread.subject.title}>
                  <Link className="text-ui-fg-interactive" to={`/message-reports/${thread.id}`}>
                    {thread.subject.kind === "order"
                      ? t("ocop_message_reports.order", { number: thread.subject.title })
                      : thread.subject.title}
                  </Link>
                </Table.Cell>
                <Table.Cell className="max-w-[14rem] truncate">{thread.seller.legal_name ?? "—"}</Table.Cell>
                <Table.Cell>{thread.customer.name ?? thread.customer.email ?? "—"}</Table.Cell>
                <Table.Cell>{t(role(thread.reported_by))}</Table.Cell>
                <Table.Cell className="max-w-[20rem] truncate" title={thread.report_reason}>
                  {thread.report_reason}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {isLoading ? <Text className="px-6 py-4">{t("ocop_message_reports.loading")}</Text> : null}
      {!isLoading && !threads.length ? <Text className="px-6 py-4">{t("ocop_message_reports.empty")}</Text> : null}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ocop_message_reports.menu",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export default MessageReportsPage
