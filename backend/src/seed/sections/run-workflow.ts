import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs a plugin's workflow by its id through Medusa's Workflow Engine. The seed names the plugins'
 * workflows by id rather than importing them: the seed module is also loaded by the integration
 * tests, where a second copy of a plugin's module links would be registered twice.
 */
export async function runWorkflow<T = any>(container: MedusaContainer, id: string, input: unknown): Promise<T> {
  const { result } = await container.resolve(Modules.WORKFLOW_ENGINE).run(id, { input, throwOnError: true })
  return result as T
}
