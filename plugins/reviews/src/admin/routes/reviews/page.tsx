import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { vietnamDay } from "@ocop/reference"
import { sdk } from "../../lib/sdk"

type AdminReview = {
  id: string
  rating: number
  title: string | null
  text: string | null
  author_name: string | null
  status: "visible" | "hidden"
  hidden_reason: string | null
  created_at: string
  reply: { text: string } | null
  product: { title: string; handle: string } | null
}

const PAGE = 20
/** One review's row: hiding asks for the reason the author is told; a hidden one can be shown again. */
function ReviewRow({ review, onChanged }: { review: AdminReview; onChanged: () => void }) {
  const { t, i18n } = useTranslation()
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)

  async function act(action: "hide" | "unhide") {
    setBusy(true)
    try {
      await sdk.client.fetch(`/admin/ocop/reviews/${review.id}/${action}`, {
        method: "POST",
        body: action === "hide" ? { reason } : {},
      })
      toast.success(t(action === "hide" ? "ocop_product_reviews.hidden_done" : "ocop_product_reviews.unhidden_done"))
      setReason("")
      onChanged()
    } catch {
      toast.error(t("ocop_product_reviews.failed"))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Table.Row data-testid={`review-${review.id}`}>
      <Table.Cell className="max-w-[14rem] truncate">{review.product?.title ?? "—"}</Table.Cell>
      <Table.Cell>{"★".repeat(review.rating)}</Table.Cell>
      <Table.Cell className="max-w-[24rem]">
        <Text size="small" weight="plus" className="truncate">
          {review.title ?? ""}
        </Text>
        <Text size="small" className="line-clamp-2 break-words">
          {review.text ?? ""}
        </Text>
        {review.reply && (
          <Text size="small" className="text-ui-fg-subtle line-clamp-1">
            {t("ocop_product_reviews.reply", { text: review.reply.text })}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell className="max-w-[10rem] truncate">
        {review.author_name ?? t("ocop_product_reviews.verified_buyer")}
      </Table.Cell>
      <Table.Cell>{vietnamDay(review.created_at, i18n.language)}</Table.Cell>
      <Table.Cell>
        {review.status === "hidden" ? (
          <div className="flex flex-col gap-1">
            <Badge color="red">{t("ocop_product_reviews.hidden")}</Badge>
            <Text size="xsmall" className="max-w-[12rem] truncate">
              {review.hidden_reason}
            </Text>
          </div>
        ) : (
          <Badge color="green">{t("ocop_product_reviews.visible")}</Badge>
        )}
      </Table.Cell>
      <Table.Cell>
        {review.status === "hidden" ? (
          <Button size="small" variant="secondary" isLoading={busy} onClick={() => act("unhide")}>
            {t("ocop_product_reviews.unhide")}
          </Button>
        ) : (
          <div className="flex gap-2">
            <Input
              size="small"
              placeholder={t("ocop_product_reviews.reason_placeholder")}
              aria-label={t("ocop_product_reviews.reason")}
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
            />
            <Button
              size="small"
              variant="danger"
              isLoading={busy}
              disabled={reason.trim().length < 3}
              onClick={() => act("hide")}
            >
              {t("ocop_product_reviews.hide")}
            </Button>
          </div>
        )}
      </Table.Cell>
    </Table.Row>
  )
}

/** Every review of the marketplace, newest first, to hide one with a reason (the author is told) or show it again. */
const ReviewsPage = () => {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [status, setStatus] = useState<"all" | "visible" | "hidden">("all")
  const [offset, setOffset] = useState(0)
  const { data, isLoading } = useQuery({
    queryKey: ["ocop-reviews", status, offset],
    queryFn: () =>
      sdk.client.fetch<{ reviews: AdminReview[]; count: number }>("/admin/ocop/reviews", {
        query: { limit: PAGE, offset, ...(status === "all" ? {} : { status }) },
      }),
  })
  const refresh = () => client.invalidateQueries({ queryKey: ["ocop-reviews"] })

  return (
    <Container className="flex flex-col gap-4 p-6">
      <div className="flex items-center justify-between">
        <Heading level="h1">{t("ocop_product_reviews.title")}</Heading>
        <Select
          value={status}
          onValueChange={(value) => {
            setStatus(value as typeof status)
            setOffset(0)
          }}
        >
          <Select.Trigger className="w-48" aria-label={t("ocop_product_reviews.filter.label")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">{t("ocop_product_reviews.filter.all")}</Select.Item>
            <Select.Item value="visible">{t("ocop_product_reviews.filter.visible")}</Select.Item>
            <Select.Item value="hidden">{t("ocop_product_reviews.filter.hidden")}</Select.Item>
          </Select.Content>
        </Select>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {t("ocop_product_reviews.intro")}
      </Text>
      {isLoading ? (
        <Text>{t("ocop_product_reviews.loading")}</Text>
      ) : !data?.reviews.length ? (
        <Text className="text-ui-fg-subtle">{t("ocop_product_reviews.empty")}</Text>
      ) : (
        <div className="overflow-x-auto">
          <Table className="table-fixed">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("ocop_product_reviews.product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_product_reviews.stars")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_product_reviews.content")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_product_reviews.author")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_product_reviews.date")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_product_reviews.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("ocop_product_reviews.actions")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.reviews ?? []).map((review) => (
                <ReviewRow key={review.id} review={review} onChanged={refresh} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <div className="flex items-center gap-2">
        <Button
          size="small"
          variant="secondary"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE))}
        >
          {t("ocop_product_reviews.previous")}
        </Button>
        <Text size="small">
          {data ? `${Math.min(offset + 1, data.count)}–${Math.min(offset + PAGE, data.count)} / ${data.count}` : ""}
        </Text>
        <Button
          size="small"
          variant="secondary"
          disabled={!data || offset + PAGE >= data.count}
          onClick={() => setOffset(offset + PAGE)}
        >
          {t("ocop_product_reviews.next")}
        </Button>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "ocop_product_reviews.menu",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export default ReviewsPage
