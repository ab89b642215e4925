import { createWriteStream } from "node:fs"
import { resolve } from "node:path"
import { vnDateOf } from "@ocop/plugin-ocop/rules"
import { generateCatalogue } from "./generate-catalogue"

/**
 * `npm run generate:catalogue -- --products 20000 [--producers N] [--seed N] [--out file.jsonl]`:
 * writes a synthetic national catalogue (JSON Lines) for imports, tests and the benchmark.
 */
async function main() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`)
    return i > 0 ? process.argv[i + 1] : undefined
  }
  const products = Number(arg("products") ?? 20_000)
  const producers = arg("producers") ? Number(arg("producers")) : undefined
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), arg("out") ?? `catalogue-${products}.jsonl`)
  const file = createWriteStream(out)
  for (const row of generateCatalogue({
    products,
    producers,
    seed: Number(arg("seed") ?? 2026),
    today: vnDateOf(new Date()),
  })) {
    if (!file.write(JSON.stringify(row) + "\n")) await new Promise<void>((done) => file.once("drain", () => done()))
  }
  await new Promise<void>((done) => file.end(() => done()))
  console.log(`Wrote ${products} products to ${out}`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
