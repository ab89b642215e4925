import { describe, expect, it } from "vitest"
import { dictionaries, translate, type MessageKey } from "../i18n"
import { brokenRules, refusalKeysFor, refusalSentences, type BrokenRule } from "./refusals"

/** Developer text that must never reach a page: rule codes, field paths, ids, validator phrases. */
const RAW = /prod_|variant_|ocop_|[a-z_]+\.\d+\.[a-z_]+|\([a-z_]+\):|Invalid request|field '/

/** A backend refusal (its HTTP status and message) and the one sentence a page shows for it. */
type Refusal = [status: number, message: string, key: MessageKey]

/** Reviews and producers' replies, and their photos. */
const REVIEWS: Refusal[] = [
  [400, "Invalid request: rating: give a whole number of stars from 1 to 5", "reviews.error.rating"],
  [
    400,
    "line_item_id: a line can be reviewed once its delivery has arrived (its order part is shipped)",
    "reviews.error.line",
  ],
  [422, "line_item_id: this line already has your review rev_01ABC; edit it instead", "reviews.error.line"],
  [422, "reply: this review already has your reply; a producer replies once", "reviews.error.replied"],
  [400, "files (ảnh chè.jpg): not an image (accepted: jpeg, png, webp, avif, heif)", "refusal.image"],
  [400, "files (x.png): 20×20 px is too small (at least 64 px a side)", "refusal.image"],
  [
    400,
    "photos (too_many): a review has at most 4 photos: it keeps 3, remove some before adding 2",
    "reviews.error.photos_limit",
  ],
  [400, "remove_photos (unknown_photo): the review has no photo 01KABC", "reviews.error.photo_unknown"],
]

/** Tourism bookings, slots and vouchers. */
const BOOKINGS: Refusal[] = [
  [400, "tourism_slot (slot_full): slot tslot_01 has 1 places left, 2 asked", "tourism.error.slot_full"],
  [400, "tourism_slot (slot_closed): slot tslot_01 is closed to bookings", "tourism.error.slot_closed"],
  [400, "tourism_slot (slot_past): a slot starts in the future", "tourism.error.slot_past"],
  [422, "tourism_slot (slot_exists): variant variant_01 already has a slot at that time", "tourism.error.slot_exists"],
  [
    404,
    "tourism_slot (voucher_invalid): this voucher is not one of this cooperative's bookings",
    "tourism.error.voucher_invalid",
  ],
  [400, "Invalid request: Value for field 'time' a time as HH:MM", "tourism.error.time"],
  [400, "Invalid request: Expected type: 'int' for field 'capacity', got: '2.5'", "tourism.error.capacity"],
]

/** Returns of a delivered order part. */
const RETURNS: Refusal[] = [
  [
    422,
    "refund (refund_refused): the card's payment provider refused the refund; the return stays accepted and can be received again later",
    "returns.error.refund_refused",
  ],
  [
    400,
    "seller_order_id (return_not_delivered): only a delivered order part can be returned",
    "returns.error.not_delivered",
  ],
  [
    400,
    "seller_order_id (return_window_over): the return window of this order part ended on 2026-12-01T00:00:00.000Z",
    "returns.error.window_over",
  ],
  [
    400,
    "lines.0.quantity (return_quantity_above_bought): at most 2 of this line can be returned",
    "returns.error.quantity_above",
  ],
  [400, "lines.1.item_id (return_line_unknown): not a line of this order part", "returns.error.line"],
  [
    400,
    "refund_account (refund_account_required): a refund … is paid to a bank account",
    "returns.error.account_required",
  ],
  [
    400,
    "Invalid request: Field 'refund_account, account_number' an account number of 6 to 19 digits",
    "returns.error.account_number",
  ],
  [400, "a return of this order part is already in progress (selret_01ABC)", "returns.error.open"],
  [400, "status (seller_return_status): a return that is refused cannot be accepted", "refusal.state"],
]

/** Messages between buyers and sellers. */
const MESSAGES: Refusal[] = [
  [429, "body (rate_limit): you can send at most 20 messages an hour; try again later", "messages.error.rate_limited"],
  [400, "Invalid request: Value for field 'body' too big, expected at most: '2000'", "messages.error.too_long"],
  [400, "Invalid request: Value for field 'body' too small, expected at least: '1'", "messages.error.empty"],
  [400, "Invalid request: Field 'body' is required", "messages.error.empty"],
  [400, "Invalid request: Value for field 'reason' too small, expected at least: '1'", "messages.error.reason_empty"],
]

/** Everything else a page meets, by field and rule wherever the field sits, and by HTTP status. */
const KNOWN: Refusal[] = [
  [400, 'delivery_addresses.0.province (province): unknown province "ha noi"', "error.province.invalid"],
  [400, 'address.province_code (province): unknown province "x"', "error.province.invalid"],
  [400, "file (columns): the first line must name the columns sku and quantity (found: a, b)", "refusal.csv_columns"],
  [
    400,
    "file (too_many_lines): the file has 20,000 lines; at most 10,000 per order: split it",
    "refusal.csv_too_many_lines",
  ],
  [400, "file (empty): the file has a header but no lines", "refusal.file_empty"],
  [400, "Invalid request: video_url: an https YouTube or Vimeo video link", "refusal.video_url"],
  [400, "Invalid request: photos: each photo is an http(s) address", "refusal.photos"],
  [400, "status (company_status): the company is pending", "refusal.state"],
  [400, "files (ghi-chú.txt): only PDF, JPEG or PNG documents are accepted", "refusal.document_type"],
  [400, "Some variant does not have the required inventory", "refusal.stock"],
  [
    400,
    "quantity (stock): 12 in stock for 5000 quoted: raise this variant's stock to at least 5000 (the production you promise by delivery_date) before answering",
    "refusal.quote_stock",
  ],
  [
    400,
    "quantity (stock_sold): 10 left in stock for 5000 quoted: ask the seller to raise the stock or to quote again",
    "refusal.quote_stock_sold",
  ],
  [400, "delivery_date (future): 2026-01-01 is in the past", "quotes.error.delivery_date"],
  [
    403,
    "distributor company Cty A is pending, not verified: wholesale needs an operator's verification",
    "refusal.company_not_verified",
  ],
  [401, "Unauthorized", "refusal.sign_in"],
  [403, "seller_id (owner): not yours", "refusal.forbidden"],
  [404, "Product with id: prod_123 was not found", "refusal.not_found"],
  [409, "Conflict on cart_123", "refusal.conflict"],
  [429, "Too many requests", "refusal.too_many"],
]

describe("backend refusals as page sentences", () => {
  it.each([
    [
      'delivery_addresses.0.province (province): unknown province "ha noi": give one of the 34; tax_code (unique): taken',
      [
        { field: "delivery_addresses.0.province", rule: "province" },
        { field: "tax_code", rule: "unique" },
      ],
    ],
    [
      "Invalid request: Field 'lines, 0, quantity' is required; video_url: an https YouTube or Vimeo video link",
      [
        { field: "lines.0.quantity", rule: "required" },
        { field: "video_url", rule: "invalid" },
      ],
    ],
    [
      "Invalid request: Value for field 'title' too big, expected at most: '200'",
      [{ field: "title", rule: "too_big" }],
    ],
  ])("reads the rules a backend message names, in both of the backend's formats: %s", (message, rules) => {
    expect(brokenRules(message)).toEqual(rules)
  })

  describe.each([
    ["a refused review or reply", REVIEWS],
    ["a refused booking or voucher", BOOKINGS],
    ["a refused return", RETURNS],
    ["a refused message", MESSAGES],
    ["any other refusal", KNOWN],
  ] as const)("%s says, in Vietnamese and English, what to do, never the rule", (_what, cases) => {
    it.each(cases)("%i %s → %s", (status, message, key) => {
      expect(refusalKeysFor(status, message)).toEqual([key])
      for (const lang of ["vi", "en"] as const) expect(translate(lang, key)).not.toMatch(RAW)
    })
  })

  it("a refused publication says, in Vietnamese and English, that a valid certificate is needed", () => {
    const message =
      'sales_channels (ocop_publication_guard): product "Chè búp" (prod_01K0ABC) cannot be in the sales channel "OCOP": it has no OCOP certificate; only products with a valid OCOP certificate are sold as OCOP'
    expect(refusalKeysFor(400, message)).toEqual(["refusal.uncertified"])
    expect(translate("vi", "refusal.uncertified")).toMatch(/chứng nhận OCOP còn hiệu lực/)
    expect(translate("en", "refusal.uncertified")).toMatch(/valid OCOP certificate/)
  })

  it("gives one sentence per distinct cause", () => {
    expect(
      refusalKeysFor(
        400,
        "tax_code (format): bad; delivery_addresses.0.province (province): x; delivery_addresses.1.province (province): y",
      ),
    ).toEqual(["refusal.tax_code", "error.province.invalid"])
  })

  it.each([
    [400, "weird_field (strange_rule): something about prod_01 and variant_02", {}, "refusal.generic"],
    [422, "Something entirely unforeseen", {}, "refusal.generic"],
    [400, "anything", { fallback: "seller.lot_error.generic" }, "seller.lot_error.generic"],
    [404, "anything", { notFound: "seller.gtin_error.not_found" }, "seller.gtin_error.not_found"],
    [500, 'column "x" does not exist', {}, "refusal.unavailable"],
    [undefined, "fetch failed", {}, "refusal.unavailable"],
  ] as const)("never passes the backend's text on: %s %s gets a general sentence", (status, message, options, key) => {
    expect(refusalKeysFor(status, message, options)).toEqual([key])
  })

  it("every sentence it can give exists in both languages, differs between them and carries no developer text", () => {
    const keys = Object.keys(dictionaries.vi).filter((key) => key.startsWith("refusal.")) as MessageKey[]
    expect(keys.length).toBeGreaterThan(20)
    for (const key of keys) {
      expect(dictionaries.en[key], key).toBeTruthy()
      expect(dictionaries.vi[key], key).not.toBe(dictionaries.en[key])
      expect(dictionaries.vi[key], key).not.toMatch(RAW)
      expect(dictionaries.en[key], key).not.toMatch(RAW)
    }
  })

  describe("a refusal of the OCOP rules says each broken rule with the facts the backend lists", () => {
    const message =
      'gtin (check_digit): "8934567890124" has a wrong check digit: 4 given, 0 expected (GS1 mod-10); production_date (future): 2026-12-09 is in the future'
    const rules: BrokenRule[] = [
      { field: "gtin", rule: "check_digit", params: { value: "8934567890124", given: "4", expected: 0 } },
      { field: "production_date", rule: "future", params: { date: "2026-12-09", today: "2026-12-07" } },
    ]

    it.each([
      [
        "vi",
        [
          "Mã “8934567890124” sai số kiểm tra: chữ số cuối là 4, đúng phải là 0; hãy chép lại mã từ giấy chứng nhận mã số mã vạch.",
          "Ngày sản xuất 09/12/2026 ở sau hôm nay (07/12/2026): hãy nhập ngày lô đã được sản xuất.",
        ],
      ],
      [
        "en",
        [
          "The code “8934567890124” has a wrong check digit: its last digit is 4, it should be 0; copy the code again from its GS1 certificate.",
          "The production date 2026-12-09 is after today (2026-12-07): enter the day the lot was made.",
        ],
      ],
    ] as const)("in %s", (lang, sentences) => {
      const said = refusalSentences(lang, 400, message, rules)
      expect(said).toEqual(sentences)
      for (const sentence of said) expect(sentence).not.toMatch(RAW)
    })

    it("falls back to the dictionaries for a rule without its own sentence, and to the status without rules", () => {
      expect(refusalSentences("en", 400, "x", [{ field: "tax_code", rule: "unique" }])).toEqual([
        translate("en", "refusal.tax_code_taken"),
      ])
      expect(
        refusalSentences("vi", 400, "gtin (check_digit): bad", [], { fallback: "seller.gtin_error.generic" }),
      ).toEqual([translate("vi", "seller.gtin_error.generic")])
      expect(refusalSentences("vi", 502, "bad gateway", rules)).toEqual([translate("vi", "refusal.unavailable")])
    })
  })
})
