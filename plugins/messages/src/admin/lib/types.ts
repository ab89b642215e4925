export type ReportedThread = {
  id: string
  subject: { kind: "product" | "order"; title: string }
  product_id: string | null
  seller_order_id: string | null
  seller: { id: string; legal_name: string | null }
  customer: { id: string; name: string | null; email: string | null }
  last_message_at: string
  reported_at: string
  reported_by: "customer" | "seller"
  report_reason: string
  messages?: { id: string; author: string; author_id: string; body: string; masked: boolean; created_at: string }[]
}
