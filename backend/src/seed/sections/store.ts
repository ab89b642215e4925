import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"

import { OCOP_SALES_CHANNEL_NAME as DEFAULT_SALES_CHANNEL } from "@ocop/plugin-ocop/constants"

/** The store sells in VND (default) and USD, through one default sales channel. */
export async function seedStore(container: MedusaContainer) {
  const storeService = container.resolve(Modules.STORE)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const [store] = await storeService.listStores({}, { relations: ["supported_currencies"] })

  let [salesChannel] = await salesChannelService.listSalesChannels({ name: DEFAULT_SALES_CHANNEL })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [{ name: DEFAULT_SALES_CHANNEL, description: "Sàn thương mại điện tử sản phẩm OCOP" }],
      },
    })
    salesChannel = result[0]
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Chợ OCOP",
        default_sales_channel_id: salesChannel.id,
        supported_currencies: [
          // Vietnamese shelf prices include VAT; export prices in USD do not.
          { currency_code: "vnd", is_default: true, is_tax_inclusive: true },
          { currency_code: "usd", is_default: false, is_tax_inclusive: false },
        ],
      },
    },
  })
  return { store, salesChannel }
}
