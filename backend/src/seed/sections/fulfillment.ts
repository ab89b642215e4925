import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { INTERNATIONAL_COUNTRIES } from "./regions"

const LOCATION_NAME = "Kho OCOP Hà Nội"
const FULFILLMENT_SET_NAME = "Giao hàng từ Kho OCOP Hà Nội"

const storeRules = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

/** Goods a buyer sends back (the marketplace's returns): by post to the warehouse, a flat price. */
const RETURN_OPTION_NAME = "Gửi trả hàng qua bưu điện"
const RETURN_SHIPPING_VND = 30000

/**
 * A stock location with standard delivery (Vietnam and abroad) and pick-up at the cooperative, and
 * the return shipping option returns are sent back with (added to a store seeded before it existed).
 */
export async function seedFulfillment(
  container: MedusaContainer,
  input: {
    storeId: string
    salesChannelId: string
    regions: { vietnam: { id: string }; international: { id: string } }
  },
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)

  let [shippingProfile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Hàng hoá tiêu chuẩn", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  let [location] = await stockLocationService.listStockLocations({ name: LOCATION_NAME })
  if (location) {
    await seedReturnShipping(container, shippingProfile.id, input.regions.vietnam.id)
    return { stockLocation: location, shippingProfile }
  }

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: LOCATION_NAME,
          address: { address_1: "Số 2 Ngọc Hà, phường Ba Đình", city: "Hà Nội", country_code: "VN" },
        },
      ],
    },
  })
  location = locations[0]
  await updateStoresWorkflow(container).run({
    input: { selector: { id: input.storeId }, update: { default_location_id: location.id } },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillmentSet = await fulfillmentService.createFulfillmentSets({
    name: FULFILLMENT_SET_NAME,
    type: "shipping",
    service_zones: [
      { name: "Việt Nam", geo_zones: [{ country_code: "vn", type: "country" }] },
      {
        name: "International",
        geo_zones: INTERNATIONAL_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })

  const vietnamZone = fulfillmentSet.service_zones.find((z) => z.name === "Việt Nam")!
  const internationalZone = fulfillmentSet.service_zones.find((z) => z.name === "International")!
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Giao hàng tiêu chuẩn",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: vietnamZone.id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Tiêu chuẩn / Standard", description: "Giao trong 2–5 ngày.", code: "standard" },
        prices: [
          { currency_code: "vnd", amount: 30000 },
          { region_id: input.regions.vietnam.id, amount: 30000 },
        ],
        rules: storeRules,
      },
      {
        name: "Nhận tại hợp tác xã",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: vietnamZone.id,
        shipping_profile_id: shippingProfile.id,
        type: {
          label: "Nhận tại cơ sở / Pick-up at the cooperative",
          description: "Nhận hàng trực tiếp tại cơ sở sản xuất.",
          code: "pickup",
        },
        prices: [
          { currency_code: "vnd", amount: 0 },
          { region_id: input.regions.vietnam.id, amount: 0 },
        ],
        rules: storeRules,
      },
      {
        name: "International standard delivery",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: internationalZone.id,
        shipping_profile_id: shippingProfile.id,
        type: { label: "International", description: "Delivered in 7–14 days.", code: "international" },
        prices: [
          { currency_code: "usd", amount: 25 },
          { region_id: input.regions.international.id, amount: 25 },
        ],
        rules: storeRules,
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [input.salesChannelId] },
  })
  await seedReturnShipping(container, shippingProfile.id, input.regions.vietnam.id)
  return { stockLocation: location, shippingProfile }
}

/**
 * Medusa's return shipping option for Vietnam (rule `is_return` true, not offered at checkout): what
 * sending goods back costs; the marketplace's returns charge it to the seller or the buyer by the
 * reason. Created once.
 */
async function seedReturnShipping(container: MedusaContainer, shippingProfileId: string, vietnamRegionId: string) {
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  if ((await fulfillmentService.listShippingOptions({ name: RETURN_OPTION_NAME })).length) return
  const [fulfillmentSet] = await fulfillmentService.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ["service_zones"] },
  )
  const vietnamZone = fulfillmentSet?.service_zones.find((zone) => zone.name === "Việt Nam")
  if (!vietnamZone) return
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: RETURN_OPTION_NAME,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: vietnamZone.id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Trả hàng / Return", description: "Gửi hàng trả về kho qua bưu điện.", code: "return" },
        prices: [
          { currency_code: "vnd", amount: RETURN_SHIPPING_VND },
          { region_id: vietnamRegionId, amount: RETURN_SHIPPING_VND },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "false", operator: "eq" as const },
          { attribute: "is_return", value: "true", operator: "eq" as const },
        ],
      },
    ],
  })
}
