import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

/** The demo operator account (see the README); skipped when it exists. */
export async function seedAdminUser(container: MedusaContainer, login: { email: string; password: string }) {
  const userService = container.resolve(Modules.USER)
  const authService = container.resolve(Modules.AUTH)
  const [existing] = await userService.listUsers({ email: login.email })
  if (existing) return existing

  const { authIdentity, error } = await authService.register("emailpass", {
    body: { email: login.email, password: login.password },
  } as never)
  if (error || !authIdentity) throw new Error(`Could not register the demo admin: ${error}`)
  const { result } = await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: login.email, first_name: "Cán bộ", last_name: "OCOP" },
    },
  })
  return result
}
