import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { HANOI_ADDRESS } from "@ocop/stack"

/** Shopping through the store API the way the storefront does, for tests that need carts and orders. */

export { HANOI_ADDRESS }

type Store = { headers: Record<string, string> }

/** The store API call, failing with the route and the server's message rather than a bare status. */
async function call(api: any, method: "get" | "post", url: string, store: Store, body?: unknown) {
  try {
    return method === "get" ? await api.get(url, store) : await api.post(url, body, store)
  } catch (error: any) {
    const response = error?.response
    if (!response) throw error
    throw new Error(`${method.toUpperCase()} ${url}: ${response.status} ${JSON.stringify(response.data)}`, {
      cause: error,
    })
  }
}

/** A cart line; a booked service (community tourism) names its slot in `metadata.tourism_slot_id`. */
type Line = { variant_id: string; quantity: number; metadata?: Record<string, unknown> }

/** A guest cart with its lines, an address and the first shipping option: ready to pay. */
export async function readyCart(api: any, store: Store, options: { regionId: string; email: string; lines: Line[] }) {
  // One request for the cart, its lines and addresses (the drills prepare a hundred carts).
  const { data: created } = await call(api, "post", "/store/carts", store, {
    region_id: options.regionId,
    email: options.email,
    items: options.lines,
    shipping_address: HANOI_ADDRESS,
    billing_address: HANOI_ADDRESS,
  })
  const cartId: string = created.cart.id
  const { data: shipping } = await call(api, "get", `/store/shipping-options?cart_id=${cartId}`, store)
  await call(api, "post", `/store/carts/${cartId}/shipping-methods`, store, {
    option_id: shipping.shipping_options[0].id,
  })
  return cartId
}

/** Chooses cash on delivery (Medusa's system provider) for a ready cart. */
export async function chooseCashOnDelivery(api: any, store: Store, cartId: string) {
  const { data: collection } = await call(api, "post", "/store/payment-collections", store, { cart_id: cartId })
  await call(api, "post", `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, store, {
    provider_id: "pp_system_default",
  })
}

/** A complete COD order: cart, address, shipping, payment session, completion. */
export async function placeCodOrder(
  api: any,
  store: Store,
  options: { regionId: string; email: string; lines: Line[] },
) {
  const cartId = await readyCart(api, store, options)
  await chooseCashOnDelivery(api, store, cartId)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") throw new Error(`The cart did not become an order: ${JSON.stringify(data.error ?? data)}`)
  // access_token: a guest order's secret, handed only to whoever completed the cart
  return data.order as {
    id: string
    display_id: number
    access_token: string
    items: { id: string; variant_id: string; quantity: number }[]
  }
}

/**
 * `count` ready-to-pay cash-on-delivery carts of the same lines, for drills that race many buyers
 * for the completion. The first is made through the store API like any buyer's (`readyCart`,
 * `chooseCashOnDelivery`); the others are copies of it in the database, row for row, under new ids
 * and their own e-mail and guest customer: the cart, its addresses, lines, shipping method and
 * their tax lines and adjustments, its payment collection and session, and every module link of
 * the cart. Building a cart through Medusa's workflows costs seconds on a busy machine; a copy
 * costs milliseconds, and completing it runs exactly what completing the first does.
 */
export async function readyCodCarts(
  api: any,
  store: Store,
  database: MedusaContainer | Knex,
  options: { regionId: string; lines: Line[]; emails: string[] },
) {
  const [firstEmail, ...otherEmails] = options.emails
  const first = await readyCart(api, store, { regionId: options.regionId, email: firstEmail, lines: options.lines })
  await chooseCashOnDelivery(api, store, first)
  // The app's own connection in a test of the app; a connection of the test's own for a stack of processes
  const db: Knex = "resolve" in database ? database.resolve(ContainerRegistrationKeys.PG_CONNECTION) : database
  const copies: string[] = []
  for (const email of otherEmails) copies.push(await copyCart(db, first, email))
  return [first, ...copies]
}

/** Each table's columns and which of them hold JSON, from the database's own catalogue. */
async function columnsOf(db: Knex) {
  const { rows } = await db.raw(
    `select table_name, column_name, data_type from information_schema.columns where table_schema = current_schema()`,
  )
  const columns = new Map<string, Map<string, boolean>>()
  for (const row of rows) {
    if (!columns.has(row.table_name)) columns.set(row.table_name, new Map())
    columns.get(row.table_name)!.set(row.column_name, row.data_type === "json" || row.data_type === "jsonb")
  }
  return columns
}

async function tablesWithColumn(db: Knex, column: string) {
  const { rows } = await db.raw(
    `select table_name from information_schema.columns
      where table_schema = current_schema() and column_name = ? and table_name in
            (select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE')`,
    [column],
  )
  return rows.map((row: { table_name: string }) => row.table_name) as string[]
}

/** A copy of a ready cart and everything it is made of, under new ids, for another buyer. */
async function copyCart(db: Knex, cartId: string, email: string) {
  return db.transaction(async (trx) => {
    const columns = await columnsOf(trx)
    const renamed = new Map<string, string>()
    const newId = (id: string) => {
      if (!renamed.has(id)) renamed.set(id, generateEntityId("", id.slice(0, id.lastIndexOf("_"))))
      return renamed.get(id)!
    }
    /** Copies the rows of `table` where `column` is `value`, pointing them at the copies made so far. */
    const copyRows = async (table: string, column: string, value: string, change: Record<string, unknown> = {}) => {
      const live = columns.get(table)!.has("deleted_at")
      const rows: Record<string, any>[] = await trx(table)
        .where(column, value)
        .modify((q) => (live ? q.whereNull("deleted_at") : q))
      for (const row of rows) {
        const copy: Record<string, unknown> = {}
        for (const [key, cell] of Object.entries(row)) {
          const moved =
            key === "id" ? newId(cell) : typeof cell === "string" && renamed.has(cell) ? renamed.get(cell) : cell
          copy[key] = columns.get(table)!.get(key) && moved !== null ? JSON.stringify(moved) : moved
        }
        await trx(table).insert({ ...copy, ...change })
      }
      return rows
    }

    const [cart] = await trx("cart").where("id", cartId)
    // Each buyer is a guest customer of their own, as the store API makes one for a new e-mail
    if (cart.customer_id) await copyRows("customer", "id", cart.customer_id, { email })
    for (const address of [cart.shipping_address_id, cart.billing_address_id])
      if (address) await copyRows("cart_address", "id", address)
    await copyRows("cart", "id", cartId, { email })
    const [link] = await trx("cart_payment_collection").where("cart_id", cartId).whereNull("deleted_at")
    await copyRows("payment_collection", "id", link.payment_collection_id)
    // Every row that names the cart (lines, shipping methods, module links), then what names those
    const parts: string[] = []
    for (const table of await tablesWithColumn(trx, "cart_id")) {
      const rows = await copyRows(table, "cart_id", cartId)
      if (table === "cart_line_item" || table === "cart_shipping_method") parts.push(...rows.map((row) => row.id))
    }
    for (const column of ["item_id", "shipping_method_id"])
      for (const table of await tablesWithColumn(trx, column))
        if (table.startsWith("cart_")) for (const id of parts) await copyRows(table, column, id)
    for (const table of await tablesWithColumn(trx, "payment_collection_id"))
      if (table !== "cart_payment_collection")
        await copyRows(table, "payment_collection_id", link.payment_collection_id)
    return renamed.get(cartId)!
  })
}
