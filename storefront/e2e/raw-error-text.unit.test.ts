/**
 * The browser tests' check for raw error text, over real texts: every sentence the pages can show
 * (both languages, placeholders filled) passes it; what Medusa, its validators, its ORM and our
 * plugins' API refusals answer is caught.
 */
import { describe, expect, it } from "vitest"
import { dictionaries, fillMessage, type Lang } from "../app/i18n"
import { wholesaleEn, wholesaleVi } from "../app/i18n/wholesale"
import { rawErrorTexts } from "./raw-error-text"

/** A value for each placeholder a message names, as a page fills it. */
function filled(lang: Lang, key: string, template: string) {
  const names = [...template.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1])
  const params = Object.fromEntries(names.map((name) => [name, name === "count" ? 2 : "Mật ong rừng U Minh"]))
  return fillMessage(lang, key, template, params)
}

const sentences: Record<Lang, [key: string, text: string][]> = {
  vi: [...Object.entries(dictionaries.vi), ...Object.entries(wholesaleVi)].map(([k, v]) => [k, filled("vi", k, v)]),
  en: [...Object.entries(dictionaries.en), ...Object.entries(wholesaleEn)].map(([k, v]) => [k, filled("en", k, v)]),
}

/** Texts the backend answers with, as its code writes them (ids are real ULIDs). */
const RAW_SAMPLES: string[] = [
  // @medusajs/core-flows and the modules
  "Some variant does not have the required inventory",
  "Cart with id cart_01JZ8Q3V6M4T2K9D7W5X1B0C3A does not exist",
  "Product with id: prod_01JZ8Q3V6M4T2K9D7W5X1B0C3A was not found",
  "ProductCategory with id: pcat_01JZ8Q3V6M4T2K9D7W5X1B0C3A was not found",
  'Sales channel with id "sc_01JZ8Q3V6M4T2K9D7W5X1B0C3A" not found',
  "Stock location with id: stloc_x was not found",
  "Shipping profile: 'default' does not exist",
  "Some product options were not found: [opt_1]",
  "The following service zones does not exists: serzo_1",
  "Sales channel sc_01JZ8Q3V6M4T2K9D7W5X1B0C3A is not associated with any stock location for variant variant_01JZ8Q3V6M4T2K9D7W5X1B0C3A.",
  "Cart cart_1 is already completed.",
  "Cart is already being completed by another request",
  // Medusa's request validation (zod through its formatter) and zod's own words
  "Invalid request: Field 'email' is required",
  "Invalid request: Unrecognized fields: 'foo'",
  "Invalid request: Value for field 'quantity' too big, expected at most: '99'",
  "Value for field 'quantity' too small, expected at least: '1'",
  "Invalid input: expected string, received undefined",
  "Too big: expected number to be <=99",
  // MikroORM and PostgreSQL
  "Product not found ({ id: 'prod_1' })",
  'duplicate key value violates unique constraint "IDX_product_handle_unique"',
  'insert or update on table "order" violates foreign key constraint "order_customer_id_foreign"',
  "Value for ProductVariant.title is required, 'undefined' found",
  // Our plugins' API refusals, before the storefront words them
  'sales_channels (ocop_publication_guard): product "Mật ong" cannot be in the sales channel "OCOP"',
  'delivery_addresses.0.province (province): unknown province "ha noi"',
  "POST /store/ocop/quotes needs a distributor",
  "quantity (stock): only 3 left",
  // JavaScript's empty values and an unfilled placeholder
  "Giao đến undefined",
  "Tổng cộng NaN ₫",
  "Mỗi sản phẩm đặt tối đa {max}.",
]

describe("raw error text on a page", () => {
  it.each(["vi", "en"] as const)("lets every sentence of the %s pages through", (lang) => {
    const flagged = sentences[lang]
      .map(([key, text]) => ({ key, text, found: rawErrorTexts(text, lang) }))
      .filter((sentence) => sentence.found.length)
    expect(flagged).toEqual([])
  })

  it("lets our own 404 sentences through, which say that a page does not exist", () => {
    expect(rawErrorTexts(dictionaries.en["error.404.body"], "en")).toEqual([])
    expect(rawErrorTexts(dictionaries.vi["error.404.body"], "vi")).toEqual([])
  })

  it.each(RAW_SAMPLES)("catches %s", (sample) => {
    expect(rawErrorTexts(`Không lưu được. ${sample}`, "en")).not.toEqual([])
  })

  it("catches a backend's English sentence on a Vietnamese page", () => {
    expect(rawErrorTexts("Không đặt được: The quantity must be at least 1", "vi")).not.toEqual([])
    expect(rawErrorTexts("Không đặt được: The quantity must be at least 1", "en")).toEqual([])
  })
})
