import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { demoProducts } from "./catalogue/products"
import { seedAdminUser } from "./sections/admin-user"
import { seedPublishableKey } from "./sections/api-key"
import { seedCatalogue } from "./sections/catalogue"
import { seedCertification } from "./sections/certification"
import { DEMO_PEOPLE, seedDemoPeople } from "./sections/demo-people"
import { seedDemoPromotion } from "./sections/demo-promotion"
import { seedFulfillment } from "./sections/fulfillment"
import { seedRegions } from "./sections/regions"
import { seedStore } from "./sections/store"
import { seedTourism } from "./sections/tourism"
import { seedTraceability } from "./sections/traceability"

export const DEMO_ADMIN = { email: "admin@ocop.local", password: "ocop-admin-2026" }

/** Every demo login `npm start` prints: the admin, and one account per role (sections/demo-people). */
export const DEMO_LOGINS = {
  admin: { ...DEMO_ADMIN, role: "Ban quản lý / operator (admin)", signIn: "/app" },
  ...DEMO_PEOPLE,
}

export type SeedOptions = {
  /** Seed only the first N demo products (tests); all of them by default. */
  productLimit?: number
  /** One demo account per role and demo trade promotion (the demo only: `npm start`). */
  demo?: boolean
}

/**
 * The one demo seed. Every section is idempotent: it creates only what is missing, so the
 * seed can run on every start and later features add their own sections here.
 */
export async function seedDemo(container: MedusaContainer, options: SeedOptions = {}) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { store, salesChannel } = await seedStore(container)
  const regions = await seedRegions(container)
  const { stockLocation, shippingProfile } = await seedFulfillment(container, {
    storeId: store.id,
    salesChannelId: salesChannel.id,
    regions,
  })
  const publishableKey = await seedPublishableKey(container, salesChannel.id)
  await seedAdminUser(container, DEMO_ADMIN)
  await seedCatalogue(container, {
    products: demoProducts.slice(0, options.productLimit ?? demoProducts.length),
    salesChannelId: salesChannel.id,
    stockLocationId: stockLocation.id,
    shippingProfileId: shippingProfile.id,
  })
  await seedCertification(container, { products: demoProducts.slice(0, options.productLimit ?? demoProducts.length) })
  await seedTraceability(container, { products: demoProducts.slice(0, options.productLimit ?? demoProducts.length) })
  await seedTourism(container, { products: demoProducts.slice(0, options.productLimit ?? demoProducts.length) })
  if (options.demo) {
    const products = demoProducts.slice(0, options.productLimit ?? demoProducts.length)
    await seedDemoPeople(container, products)
    await seedDemoPromotion(container, products)
  }
  logger.info("Demo seed complete")
  return { publishableKey, regions, salesChannel, stockLocation }
}
