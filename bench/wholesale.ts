/**
 * Wholesale bulk order benchmark: a distributor's CSV of 1,000 lines (1,000 SKUs of two sellers)
 * checked line by line (`POST /store/wholesale/bulk/check`) and then put into a cart in one step
 * (`POST /store/wholesale/bulk/add`: the lines checked again, priced at their tiers for a verified
 * distributor, created with Medusa's line-item steps, the cart refreshed), against a baseline in the same run: Medusa's
 * own one-request way to fill a cart with the same lines (`POST /store/carts` with its items). Over
 * HTTP against a throw-away stack, as the storefront calls it. Prints the timings and the ratio and
 * writes bench/wholesale-results.json.
 *
 *   npm run bench:wholesale            (BENCH_LINES=1000, BENCH_RUNS=5 to change; build the plugins first)
 */
import { randomBytes } from "node:crypto"
import { writeFileSync } from "node:fs"
import { cpus } from "node:os"
import { dirname, join, resolve } from "node:path"
import { startStack, type Stack, backendClient, type BackendClient } from "@ocop/stack"
import { scoresForTotal } from "../plugins/ocop/src/rules/index"

const here = dirname(resolve(process.argv[1]))
const LINES = Number(process.env.BENCH_LINES ?? 1000)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const VARIANTS_PER_PRODUCT = 50
const PASSWORD = "mat-khau-bench-an-toan"

let stack: Stack

let call: BackendClient["call"]

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await work()
  return [result, performance.now() - start]
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** An approved seller with `products` certified, published products of VARIANTS_PER_PRODUCT variants each; returns the SKUs. */
async function sellerWithSkus(admin: string, n: number, products: number): Promise<string[]> {
  const email = `bench.${n}.${Date.now()}@example.vn`
  const { token: registration } = await call<{ token: string }>("POST", "/auth/seller/emailpass/register", null, {
    email,
    password: PASSWORD,
  })
  const { seller } = await call<{ seller: { id: string } }>("POST", "/sellers", registration, {
    legal_name: `Hợp tác xã Bench ${n}`,
    type: "cooperative",
    tax_code: String(4900000000 + n),
    email,
    phone: "0912 345 678",
    address: { address_1: "Xã Bắc Hà", province_code: "Lào Cai" },
    bank_account: { bank_name: "Agribank", account_number: `9900${n}123456`, account_holder: "HTX BENCH" },
  })
  await call("POST", `/admin/sellers/${seller.id}/approve`, admin)
  const { token } = await call<{ token: string }>("POST", "/auth/seller/emailpass", null, { email, password: PASSWORD })
  const { seller: detail } = await call<{ seller: { ocop_subject: { id: string } } }>(
    "GET",
    `/admin/sellers/${seller.id}`,
    admin,
  )
  const skus: string[] = []
  for (let p = 0; p < products; p++) {
    const variants = Array.from({ length: VARIANTS_PER_PRODUCT }, (_, v) => ({
      title: `Loại ${v + 1}`,
      sku: `B${n}-${p}-${v}`,
      price_vnd: 50_000 + v * 100,
      stock: 100_000,
    }))
    const { product } = await call<{ product: { id: string; variants: { id: string; sku: string }[] } }>(
      "POST",
      "/sellers/me/products",
      token,
      {
        title: `Sản phẩm bench ${n}-${p}`,
        product_group: 1,
        variants,
      },
    )
    await call("POST", "/admin/ocop/certificates", admin, {
      evaluation: {
        subject_id: detail.ocop_subject.id,
        product_id: product.id,
        product_group: 1,
        subgroup: "Thực phẩm chế biến",
        scores: scoresForTotal(78),
        mandatory_unmet: [],
        council: "Hội đồng OCOP tỉnh Lào Cai",
        evaluated_at: "2026-09-01",
      },
      decision_number: `${5000 + n * 100 + p}/QĐ-UBND`,
      decision_date: "2026-09-15",
      authority_level: "province",
      authority_name: "UBND tỉnh Lào Cai",
    })
    await call("POST", `/sellers/me/products/${product.id}/publish`, token)
    // Two wholesale tiers per variant (the CSV's quantities, 5 to 24, fall in both)
    await call("POST", `/sellers/me/products/${product.id}/wholesale`, token, {
      moq: 5,
      variants: product.variants.map((variant) => {
        const price = variants.find((v) => v.sku === variant.sku)!.price_vnd
        return {
          variant_id: variant.id,
          tiers: [
            { min_quantity: 5, max_quantity: 14, amount: Math.round(price * 0.9) },
            { min_quantity: 15, max_quantity: null, amount: Math.round(price * 0.8) },
          ],
        }
      }),
    })
    skus.push(...variants.map((v) => v.sku))
    process.stdout.write(`\rcatalogue: ${skus.length} SKUs of seller ${n}`)
  }
  process.stdout.write("\n")
  return skus
}

async function main() {
  process.env.SESSION_SECRET ??= randomBytes(32).toString("hex")
  stack = await startStack({ mode: "test", quiet: true, seedProducts: 2 })
  call = backendClient(stack).call
  try {
    const { token: admin } = await call<{ token: string }>("POST", "/auth/user/emailpass", null, stack.logins.admin)
    const perSeller = Math.ceil(LINES / 2 / VARIANTS_PER_PRODUCT)
    const skus = [...(await sellerWithSkus(admin, 1, perSeller)), ...(await sellerWithSkus(admin, 2, perSeller))].slice(
      0,
      LINES,
    )

    const email = `bench.nhaphanphoi.${Date.now()}@example.vn`
    const { token: registration } = await call<{ token: string }>("POST", "/auth/customer/emailpass/register", null, {
      email,
      password: PASSWORD,
    })
    await call("POST", "/store/customers", registration, { email, first_name: "Bench", last_name: "Nhà phân phối" })
    const { token: customer } = await call<{ token: string }>("POST", "/auth/customer/emailpass", null, {
      email,
      password: PASSWORD,
    })
    const { company } = await call<{ company: { id: string } }>("POST", "/store/distributors", customer, {
      name: "Công ty Bench",
      tax_code: "0109999999",
      invoice_address: "Hà Nội",
      delivery_addresses: [{ address_1: "Kho 1", province: "Hà Nội" }],
      contact_name: "Bench",
      contact_phone: "0912345678",
      contact_email: email,
    })
    await call("POST", `/admin/distributors/${company.id}/verify`, admin)

    const csv = Buffer.from(
      "\uFEFFsku,quantity\r\n" + skus.map((sku, i) => `${sku},${5 + (i % 20)}`).join("\r\n"),
      "utf8",
    ).toString("base64")
    const checks: number[] = []
    type Report = { summary: { ok: number }; rows: { variant_id: string; quantity: number }[] }
    let report: Report | undefined
    for (let run = 0; run < RUNS; run++) {
      const [checked, ms] = await timed<Report>(() =>
        call<Report>("POST", "/store/wholesale/bulk/check", customer, { csv }),
      )
      report = checked
      checks.push(ms)
    }
    if (report!.summary.ok !== skus.length)
      throw new Error(`only ${report!.summary.ok} of ${skus.length} lines were valid`)
    const lines = skus.map((sku, i) => ({ sku, quantity: String(5 + (i % 20)) }))
    const { regions } = await call<{ regions: { id: string; currency_code: string }[] }>(
      "GET",
      "/store/regions",
      customer,
    )
    const region = regions.find((r) => r.currency_code === "vnd")
    if (!region) throw new Error("no region in VND")
    const adds: number[] = []
    for (let run = 0; run < Math.min(RUNS, 3); run++) {
      const { cart } = await call<{ cart: { id: string } }>("POST", "/store/carts", customer, { region_id: region.id })
      const [, ms] = await timed(() => call("POST", "/store/wholesale/bulk/add", customer, { cart_id: cart.id, lines }))
      adds.push(ms)
    }
    // The baseline: Medusa's own one-request way to put the same lines in a cart (a cart created
    // with its items: pricing, stock confirmation, tax and promotion refresh), without the checks.
    const items = report!.rows.map((row) => ({ variant_id: row.variant_id, quantity: row.quantity }))
    const baseline: number[] = []
    for (let run = 0; run < Math.min(RUNS, 3); run++) {
      const [, ms] = await timed(() => call("POST", "/store/carts", customer, { region_id: region.id, items }))
      baseline.push(ms)
    }
    const result = {
      lines: skus.length,
      check_ms: { median: Math.round(median(checks)), runs: checks.map(Math.round) },
      add_ms: { median: Math.round(median(adds)), runs: adds.map(Math.round) },
      medusa_cart_with_items_ms: { median: Math.round(median(baseline)), runs: baseline.map(Math.round) },
      add_versus_medusa: Number((median(adds) / median(baseline)).toFixed(2)),
      machine: { cpus: cpus().length },
      at: new Date().toISOString(),
    }
    console.log(
      `\n${skus.length}-line CSV: check ${result.check_ms.median} ms (median of ${checks.length}), add to cart ${result.add_ms.median} ms ` +
        `(median of ${adds.length}); Medusa's cart created with the same lines ${result.medusa_cart_with_items_ms.median} ms: ` +
        `the add takes ×${result.add_versus_medusa} of it`,
    )
    writeFileSync(join(here, "wholesale-results.json"), JSON.stringify(result, null, 2) + "\n")
  } finally {
    await stack.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
