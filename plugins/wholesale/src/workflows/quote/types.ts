export interface RequestQuotesInput {
  customer_id: string
  company_id?: string | null
  lines: { variant_id: string; quantity: number }[]
  /** The distributor's first message to each seller (delivery terms, packaging…). */
  message?: string | null
}

export interface AnswerQuoteInput {
  id: string
  /** Integer VND per unit. */
  unit_price: number
  /** YYYY-MM-DD, the last day (Vietnam time) the price holds. */
  valid_until: string
  /** YYYY-MM-DD, the day (Vietnam time) the seller promises delivery; none: as soon as ordered. */
  delivery_date?: string | null
  note?: string | null
  now?: string
}

export interface AcceptQuoteInput {
  id: string
  customer_id: string
  sales_channel_id?: string
  now?: string
}
