import { Form, Link } from "react-router"
import { formatDate, useT, type MessageKey } from "../i18n"
import type { ThreadActionData } from "../lib/messages.server"
import { FieldError, Notice } from "./ui"

type Message = {
  id: string
  author: "customer" | "seller" | "admin"
  body: string
  masked: boolean
  created_at: string
}

/** What a thread is about: the product's title, or "Order 1024-1". */
export function ThreadSubject({
  thread,
}: {
  thread: { subject: { kind: "product" | "order"; title: string; number?: string } }
}) {
  const { t } = useT()
  const { subject } = thread
  return (
    <>
      {subject.kind === "order"
        ? t("messages.subject.order", { number: subject.number ?? subject.title })
        : subject.title}
    </>
  )
}

type ThreadRow = {
  id: string
  unread: number
  reported: boolean
  last_message_at: string
  subject: { kind: "product" | "order"; title: string; number?: string }
}

/**
 * A side's threads: each subject links to the thread (under `path`), with its unread and reported
 * badges, then who it is with (`withWhom`, in the reader's words) and when it last moved.
 */
export function ThreadList<T extends ThreadRow>({
  threads,
  path,
  withWhom,
}: {
  threads: T[]
  path: string
  withWhom: (thread: T) => string
}) {
  const { t, href, lang } = useT()
  return (
    <ul className="thread-list" data-testid="thread-list">
      {threads.map((thread) => (
        <li key={thread.id} className={thread.unread ? "thread unread" : "thread"}>
          <Link to={href(`${path}/${thread.id}`)}>
            <ThreadSubject thread={thread} />
          </Link>{" "}
          {thread.unread ? (
            <span className="badge" data-testid="thread-unread">
              {t("messages.unread", { count: thread.unread })}
            </span>
          ) : null}
          {thread.reported ? <span className="badge">{t("messages.reported_badge")}</span> : null}
          <br />
          <span className="small">
            {withWhom(thread)} · {t("messages.last", { date: formatDate(thread.last_message_at, lang, true) })}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** The longest message (characters), as the backend takes it. */
const MAX_LENGTH = 2000

/** A thread's messages in order; `side` is who reads it (their own messages are "You"/"Cooperative"). */
export function MessageList({ messages, side }: { messages: Message[]; side: "customer" | "seller" }) {
  const { t, lang } = useT()
  const author = (kind: Message["author"]): MessageKey =>
    kind === "admin"
      ? "messages.author.admin"
      : side === "customer"
        ? kind === "customer"
          ? "messages.author.customer"
          : "messages.author.seller"
        : kind === "customer"
          ? "messages.author.customer_for_seller"
          : "messages.author.seller_for_seller"
  return (
    <ol className="message-list" data-testid="message-list">
      {messages.map((message) => (
        <li key={message.id} className={`message message-${message.author}`} data-testid="message">
          <p className="small">
            <strong>{t(author(message.author))}</strong> ·{" "}
            <time dateTime={message.created_at}>{formatDate(message.created_at, lang, true)}</time>
          </p>
          <p className="message-body">{message.body}</p>
          {message.masked ? <p className="hint">{t("messages.masked_note")}</p> : null}
        </li>
      ))}
    </ol>
  )
}

/** The textarea of a message, with its error. */
export function MessageField({
  id,
  label,
  error,
  defaultValue,
}: {
  id: string
  label: MessageKey
  error?: MessageKey | null
  defaultValue?: string
}) {
  const { t } = useT()
  return (
    <div className={error ? "field has-error" : "field"}>
      <label htmlFor={id}>{t(label)}</label>
      <textarea
        id={id}
        name="body"
        rows={4}
        maxLength={MAX_LENGTH}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  )
}

/** Reply and report forms under a thread (a plain form post: works without JavaScript). */
export function ThreadForms({
  reported,
  replyError,
  reportError,
  draft,
}: {
  reported: boolean
  replyError?: MessageKey | null
  reportError?: MessageKey | null
  draft?: string
}) {
  const { t } = useT()
  return (
    <>
      <Form method="post" className="message-reply">
        <input type="hidden" name="intent" value="reply" />
        <MessageField id="f-reply" label="messages.reply.label" error={replyError} defaultValue={draft} />
        <button type="submit" className="button primary">
          {t("messages.reply.send")}
        </button>
      </Form>
      {reported ? (
        <p className="hint" data-testid="thread-reported">
          {t("messages.reported")}
        </p>
      ) : (
        <details className="message-report" open={Boolean(reportError)}>
          <summary>{t("messages.report.title")}</summary>
          <Form method="post">
            <input type="hidden" name="intent" value="report" />
            <p className="hint">{t("messages.report.hint")}</p>
            <div className={reportError ? "field has-error" : "field"}>
              <label htmlFor="f-reason">{t("messages.report.label")}</label>
              <textarea
                id="f-reason"
                name="reason"
                rows={2}
                maxLength={500}
                aria-invalid={reportError ? true : undefined}
              />
              <FieldError id="f-reason-error" error={reportError} />
            </div>
            <button type="submit" className="button secondary">
              {t("messages.report.send")}
            </button>
          </Form>
        </details>
      )}
    </>
  )
}

/** A thread as its page shows it below the heading: the refusal of a form sent, the messages, the reply and report forms. */
export function ThreadBody({
  thread,
  side,
  actionData,
}: {
  thread: { reported: boolean; messages?: Message[] }
  side: "customer" | "seller"
  actionData?: ThreadActionData
}) {
  return (
    <>
      {actionData?.refusal ? <Notice kind="error">{actionData.refusal}</Notice> : null}
      <MessageList messages={thread.messages ?? []} side={side} />
      <ThreadForms
        reported={thread.reported}
        replyError={actionData?.replyError}
        reportError={actionData?.reportError}
        draft={actionData?.draft}
      />
    </>
  )
}

/**
 * "Ask the producer" on a product page: a plain form posted to the customer's messages page (which
 * asks a signed-out visitor to sign in first and brings them back here).
 */
export function AskProducer({ productId, title, returnTo }: { productId: string; title: string; returnTo: string }) {
  const { t, href } = useT()
  return (
    <section className="ask-producer" id="ask" aria-labelledby="ask-title">
      <h2 id="ask-title">{t("messages.ask.title")}</h2>
      <p className="hint">{t("messages.ask.hint")}</p>
      <Form method="post" action={href("/account/messages")}>
        <input type="hidden" name="intent" value="ask" />
        <input type="hidden" name="product_id" value={productId} />
        <input type="hidden" name="title" value={title} />
        <input type="hidden" name="return" value={returnTo} />
        <MessageField id="f-ask" label="messages.ask.label" />
        <button type="submit" className="button primary">
          {t("messages.ask.send")}
        </button>
      </Form>
    </section>
  )
}
