import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { vietnamTime } from "@ocop/reference"
import { role } from "../../../lib/roles"
import { sdk } from "../../../lib/sdk"
import type { ReportedThread } from "../../../lib/types"

/** One reported conversation, read-only: who reported it and why, then every message in order. */
const MessageReportPage = () => {
  const { t, i18n } = useTranslation()
  const { id } = useParams()
  const { data, isLoading, isError } = useQuery({
    queryKey: ["message-report", id],
    queryFn: () => sdk.client.fetch<{ thread: ReportedThread }>(`/admin/messages/threads/${id}`),
  })
  const thread = data?.thread
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Link className="text-ui-fg-interactive" to="/message-reports">
          {t("ocop_message_reports.back")}
        </Link>
        <Heading level="h1">
          {thread
            ? thread.subject.kind === "order"
              ? t("ocop_message_reports.order", { number: thread.subject.title })
              : thread.subject.title
            : ""}
        </Heading>
        {thread ? (
          <Text size="small" className="text-ui-fg-subtle" data-testid="message-report-header">
            {thread.seller.legal_name ?? "—"} · {thread.customer.name ?? "—"} ({thread.customer.email ?? "—"}) ·{" "}
            {t("ocop_message_reports.reported", {
              who: t(role(thread.reported_by)),
              at: vietnamTime(thread.reported_at, i18n.language),
              reason: thread.report_reason,
            })}
          </Text>
        ) : null}
      </div>
      {isLoading ? <Text className="px-6 py-4">{t("ocop_message_reports.loading")}</Text> : null}
      {isError ? <Text className="px-6 py-4">{t("ocop_message_reports.not_found")}</Text> : null}
      <ol className="flex flex-col gap-3 px-6 py-4" data-testid="message-report-messages">
        {(thread?.messages ?? []).map((message) => (
          <li key={message.id} className="rounded-md border p-3">
            <Text size="small" className="text-ui-fg-subtle">
              {t(role(message.author))} · {vietnamTime(message.created_at, i18n.language)}{" "}
              {message.masked ? <Badge size="2xsmall">{t("ocop_message_reports.masked")}</Badge> : null}
            </Text>
            <Text className="whitespace-pre-wrap">{message.body}</Text>
          </li>
        ))}
      </ol>
    </Container>
  )
}

export default MessageReportPage
