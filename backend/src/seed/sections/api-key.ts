import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"

const TITLE = "Storefront"

/** The publishable key the storefront sends with every store request. */
export async function seedPublishableKey(container: MedusaContainer, salesChannelId: string) {
  const apiKeyService = container.resolve(Modules.API_KEY)
  let apiKey = (await apiKeyService.listApiKeys({ title: TITLE, type: "publishable" })).find((key) => !key.revoked_at)
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: TITLE, type: "publishable", created_by: "seed" }] },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannelId] },
    })
  }
  return apiKey.token
}
