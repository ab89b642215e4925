import type { ExecArgs } from "@medusajs/framework/types"
import { writeFileSync } from "node:fs"
import { DEMO_ADMIN, DEMO_LOGINS, seedDemo } from "../seed"

/**
 * `medusa exec ./src/scripts/seed.ts`: the idempotent demo seed. OCOP_SEED_PRODUCTS limits the
 * product count; OCOP_SEED_REPORT names a file that receives the publishable key for the storefront
 * and the demo logins that `npm start` prints. The demo (OCOP_DEMO=1) also gets one account per role;
 * tests and production only the operator.
 */
export default async function seed({ container }: ExecArgs) {
  const limit = process.env.OCOP_SEED_PRODUCTS ? Number(process.env.OCOP_SEED_PRODUCTS) : undefined
  const demo = process.env.OCOP_DEMO === "1"
  const { publishableKey } = await seedDemo(container, { productLimit: limit, demo })
  if (process.env.OCOP_SEED_REPORT) {
    const logins = demo ? DEMO_LOGINS : { admin: DEMO_ADMIN }
    writeFileSync(process.env.OCOP_SEED_REPORT, JSON.stringify({ publishableKey, logins }))
  }
}
