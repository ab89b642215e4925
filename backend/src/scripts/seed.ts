import type { ExecArgs } from "@medusajs/framework/types"
import { writeFileSync } from "node:fs"
import { DEMO_ADMIN, seedDemo } from "../seed"

/**
 * `medusa exec ./src/scripts/seed.ts`: the idempotent demo seed. OCOP_SEED_PRODUCTS limits the
 * product count; OCOP_SEED_REPORT names a file that receives the publishable key for the storefront
 * and the demo logins that `npm start` prints.
 */
export default async function seed({ container }: ExecArgs) {
  const limit = process.env.OCOP_SEED_PRODUCTS ? Number(process.env.OCOP_SEED_PRODUCTS) : undefined
  const { publishableKey } = await seedDemo(container, { productLimit: limit })
  if (process.env.OCOP_SEED_REPORT) {
    writeFileSync(process.env.OCOP_SEED_REPORT, JSON.stringify({ publishableKey, logins: { admin: DEMO_ADMIN } }))
  }
}
