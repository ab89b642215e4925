import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { vnDateOf } from "@ocop/plugin-ocop/rules"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { generateCatalogue } from "../../src/import/generate-catalogue"
import { runCatalogueImport } from "../../src/import/run-import"
import { demoStore } from "../helpers/demo-store"
import { certification, settle } from "../helpers/ocop"

const GOOD = 70
/** Small batches, so that the file spans two of them. */
const BATCH_SIZE = 50

/** A generated catalogue with four bad rows slipped in: broken JSON, a missing field, a 5★ product certified by a province, a bad decision number. */
function catalogueWithBadRows() {
  const rows = [...generateCatalogue({ products: GOOD, producers: 20, seed: 7, today: vnDateOf(new Date()) })].map(
    (r) => JSON.stringify(r),
  )
  const sample = JSON.parse(rows[0])
  const bad = [
    "{ this is not json",
    JSON.stringify({ ...sample, handle: "thieu-gia", variants: [{ sku: "X-1", title: "Hộp", stock: 3 }] }),
    JSON.stringify({
      ...sample,
      handle: "sai-tham-quyen",
      variants: [{ ...sample.variants[0], sku: "SAI-TQ-1" }],
      certificate: {
        ...sample.certificate,
        total_score: 95,
        authority_level: "province",
        decision_number: "9901/QĐ-UBND",
      },
    }),
    JSON.stringify({
      ...sample,
      handle: "sai-so-quyet-dinh",
      variants: [{ ...sample.variants[0], sku: "SAI-SQD-1" }],
      certificate: { ...sample.certificate, decision_number: "12/2025/QĐ-UBND" },
    }),
  ]
  // Bad rows spread over the two batches (lines 11, 41, 61 and the last)
  rows.splice(10, 0, bad[0])
  rows.splice(40, 0, bad[1])
  rows.splice(60, 0, bad[2])
  rows.push(bad[3])
  const file = join(mkdtempSync(join(tmpdir(), "ocop-import-")), "catalogue.jsonl")
  writeFileSync(file, rows.join("\n") + "\n")
  return file
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let publishableKey: string
    let file: string

    beforeAll(async () => {
      publishableKey = demo.publishableKey
      file = catalogueWithBadRows()
    })

    async function catalogueCounts() {
      const [, products] = await getContainer().resolve(Modules.PRODUCT).listAndCountProducts({})
      const [, certificates] = await certification(getContainer()).listAndCountOcopCertificates({})
      const [, subjects] = await certification(getContainer()).listAndCountOcopSubjects({})
      const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({}, { take: null })
      return { products, certificates, subjects, levels: levels.length }
    }

    // One scenario: Medusa's test runner empties the database between tests.
    it("resumes an interrupted import, reports each bad row with its reason, changes nothing on a re-run", async () => {
      const before = await catalogueCounts()
      const interrupted = await runCatalogueImport(getContainer(), file, { stopAfterBatches: 1, batchSize: BATCH_SIZE })
      expect(interrupted.status).toBe("interrupted")
      expect(interrupted.checkpoint_line).toBeGreaterThanOrEqual(BATCH_SIZE)
      const afterCrash = await catalogueCounts()
      expect(afterCrash.products - before.products).toBe(BATCH_SIZE)

      const progress: number[] = []
      const run = await runCatalogueImport(getContainer(), file, {
        batchSize: BATCH_SIZE,
        onProgress: (p) => progress.push(p.checkpoint_line),
      })
      expect(run.id).toBe(interrupted.id)
      expect(run.status).toBe("completed")
      expect(progress[0]).toBeGreaterThan(interrupted.checkpoint_line)
      expect(run.created_count).toBe(GOOD)
      expect(run.rejected_count).toBe(4)

      const after = await catalogueCounts()
      expect(after.products - before.products).toBe(GOOD)
      // One certificate per product; the 20 producers created once each
      expect(after.certificates - before.certificates).toBe(GOOD)
      expect(after.subjects - before.subjects).toBe(20)

      const rejected = readFileSync(run.rejected_report!, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
      expect(rejected.map((r) => r.line).sort((a, b) => a - b)).toEqual([11, 41, 61, GOOD + 4])
      const reasons = Object.fromEntries(rejected.map((r) => [r.line, r.reasons.join("; ")]))
      expect(reasons[11]).toMatch(/not valid JSON/)
      expect(reasons[41]).toMatch(/variants\.0\.price_vnd/)
      expect(reasons[61]).toMatch(/certificate:.*(authority|ministry|Bộ)/i)
      expect(reasons[GOOD + 4]).toMatch(/certificate:.*decision/i)
      // A refused certificate leaves no product behind
      const { data } = await api.get("/store/products?handle=sai-tham-quyen", {
        headers: { "x-publishable-api-key": publishableKey },
      })
      expect(data.count).toBe(0)
      expect(
        await getContainer()
          .resolve(Modules.PRODUCT)
          .listProducts({ handle: ["sai-tham-quyen", "sai-so-quyet-dinh"] }),
      ).toEqual([])

      // Importing the same file again changes nothing
      const settled = await catalogueCounts()
      const again = await runCatalogueImport(getContainer(), file, { batchSize: BATCH_SIZE })
      expect(again.status).toBe("completed")
      expect(again.created_count).toBe(0)
      expect(again.unchanged_count).toBe(GOOD)
      expect(again.rejected_count).toBe(4)
      expect(await catalogueCounts()).toEqual(settled)

      // The imported products are on sale with their Vietnamese names, certified by the named authority
      const row = JSON.parse(readFileSync(file, "utf8").split("\n")[0])
      const { data: listed } = await api.get(`/store/products?handle=${row.handle}&fields=title,*variants`, {
        headers: { "x-publishable-api-key": publishableKey },
      })
      expect(listed.products[0].title).toBe(row.title)
      expect(listed.products[0].variants).toHaveLength(row.variants.length)
      const [certificate] = await certification(getContainer()).listOcopCertificates({
        decision_number: row.certificate.decision_number,
      })
      expect(certificate.authority_name).toBe(row.certificate.authority_name)

      // The runs and their progress, for admins only
      const denied = await settle(api.get("/admin/catalogue-imports"))
      expect(denied.status).toBe(401)
      const { data: runs } = await api.get("/admin/catalogue-imports", demo.admin)
      expect(runs.catalogue_imports.length).toBeGreaterThanOrEqual(2)
      const [latest] = runs.catalogue_imports
      expect(latest).toMatchObject({ status: "completed", rejected_count: 4, progress: 1 })
    }, 900_000)
  },
})
