import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type Container = Pick<MedusaContainer, "resolve">

/** One statement on the app's connection (knex named bindings), its rows. */
export async function rows<T = Record<string, any>>(
  container: Container,
  sql: string,
  bindings: Record<string, unknown>,
): Promise<T[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  return (await knex.raw(sql, bindings)).rows as T[]
}
