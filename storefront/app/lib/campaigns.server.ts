import { isNotFound, sdk } from "./medusa.server"

/** An OCOP campaign as the store API gives it (GET /store/ocop/campaigns[/:identifier], plugin-promotion). */
export type Campaign = {
  identifier: string
  name: string
  description: string | null
  starts_at: string | null
  ends_at: string | null
  status: "scheduled" | "active" | "ended"
  automatic: boolean
  code: string | null
  discount: { type: "percentage" | "fixed"; value: number }
  rules: { provinces?: string[]; product_groups?: number[]; stars?: number[]; producer_ids?: string[] }
}

/** A running or scheduled campaign and the ids of the products it discounts; null when there is none. */
export async function getCampaign(identifier: string) {
  try {
    return await sdk.client.fetch<{ campaign: Campaign; product_ids: string[] }>(
      `/store/ocop/campaigns/${encodeURIComponent(identifier)}`,
    )
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

export async function listRunningCampaigns(): Promise<Campaign[]> {
  const { campaigns } = await sdk.client.fetch<{ campaigns: Campaign[] }>("/store/ocop/campaigns")
  return campaigns
}
