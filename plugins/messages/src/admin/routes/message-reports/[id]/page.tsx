import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link, useParams } from "react-router-dom"
import { AUTHOR, REPORTED_BY, when } from "../../../lib/dates"
import { sdk } from "../../../lib/sdk"
import type { ReportedThread } from "../../../lib/types"

/** One reported conversation, read-only: who reported it and why, then every message in order. */
const MessageReportPage = () => {
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
          ← Tin nhắn bị báo cáo
        </Link>
        <Heading level="h1">
          {thread ? (thread.subject.kind === "order" ? `Đơn ${thread.subject.title}` : thread.subject.title) : ""}
        </Heading>
        {thread ? (
          <Text size="small" className="text-ui-fg-subtle">
            {thread.seller.legal_name ?? "—"} · {thread.customer.name ?? "—"} ({thread.customer.email ?? "—"}) ·{" "}
            {REPORTED_BY[thread.reported_by]} báo cáo lúc {when.format(new Date(thread.reported_at))}: “
            {thread.report_reason}”
          </Text>
        ) : null}
      </div>
      {isLoading ? <Text className="px-6 py-4">Đang tải…</Text> : null}
      {isError ? <Text className="px-6 py-4">Không tìm thấy cuộc trò chuyện bị báo cáo này.</Text> : null}
      <ol className="flex flex-col gap-3 px-6 py-4" data-testid="message-report-messages">
        {(thread?.messages ?? []).map((message) => (
          <li key={message.id} className="rounded-md border p-3">
            <Text size="small" className="text-ui-fg-subtle">
              {AUTHOR[message.author] ?? message.author} · {when.format(new Date(message.created_at))}{" "}
              {message.masked ? <Badge size="2xsmall">đã ẩn số điện thoại/e-mail</Badge> : null}
            </Text>
            <Text className="whitespace-pre-wrap">{message.body}</Text>
          </li>
        ))}
      </ol>
    </Container>
  )
}

export default MessageReportPage
