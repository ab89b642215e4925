/**
 * A record an operator reviews or a rule checks the status of (a seller, a distributor company), as
 * the application steps reach it in its module: by the methods Medusa's service factory names after
 * the model (`retrieve<Model>`, `update<Models>`). Plain data, so that it travels in a step's input.
 */
export interface StatusRecord {
  /** The module's registration name. */
  module: string
  /** The model's name in the service's methods, singular and plural: "Seller", "Sellers". */
  model: string
  models: string
  /** How a refusal names it: "a pending <noun> cannot …", under the rule code `<noun>_status`. */
  noun: string
  /** Relations the status check returns with the record. */
  relations?: string[]
}

/** An operator's decision on an application: the approving status is the record's own ("approved", "verified"). */
export interface ReviewDecisionInput<Approved extends string> {
  id: string
  decision: Approved | "rejected"
  reason?: string | null
}
