import type { Measure } from "./measure"
import type { Section } from "../sections/types"

export type Report = {
  generated_at: string
  conditions: string
  machine: Record<string, unknown>
  settings: Record<string, unknown>
  total_seconds: number
  /** Per size: the import, then every measure by key. */
  results: Record<string, { import: Record<string, number>; measures: Record<string, Measure> }>
  /** Per measure: p95 at the largest size over p95 at the smallest (the flatness goal is ≤ 1.3). */
  ratios: Record<string, number | null>
}

const GOAL = 1.3

export function p95Ratios(report: Pick<Report, "results">, sections: Section[], from: string, to: string) {
  const ratios: Record<string, number | null> = {}
  for (const { key } of sections.flatMap((section) => section.rows)) {
    const a = report.results[from]?.measures[key]
    const b = report.results[to]?.measures[key]
    ratios[key] =
      a && b && a.kind !== "skipped" && b.kind !== "skipped" && a.p95_ms && b.p95_ms
        ? Math.round((b.p95_ms / a.p95_ms) * 100) / 100
        : null
  }
  return ratios
}

function cell(measure: Measure | undefined, duration: number) {
  if (!measure) return "—"
  if (measure.kind === "skipped") return `— (${measure.note})`
  const note = measure.note ? ` (${measure.note})` : ""
  if (measure.kind === "sequential") return `${measure.p50_ms} / ${measure.p95_ms} ms${note}`
  // autocannon records no latency when no request finished within the measure
  if (!measure.req_s && !measure.p95_ms) return `no answer within ${duration} s (${measure.errors} errors)`
  const bad = measure.errors || measure.non2xx ? ` (${measure.errors} errors, ${measure.non2xx} non-2xx)` : ""
  const found = measure.found !== undefined ? ` · ${measure.found.toLocaleString("en-US")} found` : ""
  return `${measure.p50_ms} / ${measure.p95_ms} ms · ${measure.req_s}/s${found}${bad}${note}`
}

const n = (size: string | number) => Number(size).toLocaleString("en-US")

export function renderTable(report: Report, sections: Section[]) {
  const sizes = Object.keys(report.results)
  const from = sizes[0]
  const duration = Number(report.settings.duration_s)
  const m = report.machine
  // One ratio column per size above the smallest, each against the smallest.
  const larger = sizes.slice(1)
  const ratios = larger.map((size) => p95Ratios(report, sections, from, size))
  const header = [...sizes.map((s) => `${n(s)} products`), ...larger.map((s) => `p95 ×, ${n(s)} ÷ ${n(from)}`)]
  const lines = [
    "# Benchmark results",
    "",
    `Run of ${report.generated_at} (\`npm run bench -- --sizes ${sizes.join(",")}\`), ${report.total_seconds} s in all.`,
    `Machine: ${m.cpus} cores (${m.cpu}), ${m.memory_gb} GB, Node ${m.node}. ${report.settings.connections} connections and ${duration} s per load measure (after ${report.settings.warmup_s ?? 0} s of the same load); pages are timed by sequential requests (time to first byte).`,
    `Conditions: ${report.conditions}`,
    "Cells: p50 / p95 ms · req/s under load (p95 = autocannon's p97.5), · matches found where the answer counts them.",
    "",
    `| measure | ${header.join(" | ")} |`,
    `| --- | ${header.map(() => "---").join(" | ")} |`,
    `| import (products/s) | ${sizes
      .map((s) => {
        const i = report.results[s].import
        if (i.reused) return "kept from an earlier run"
        return `${i.products_per_s} (${i.seconds} s${i.runs > 1 ? `, ${i.runs} runs at once` : ""})`
      })
      .join(" | ")}${larger.map(() => " |").join("")} |`,
  ]
  for (const section of sections) {
    for (const row of section.rows) {
      const flat = ratios.map((byKey) => {
        const ratio = byKey[row.key]
        return ratio === null || ratio === undefined ? "" : `×${ratio}${ratio <= GOAL ? "" : " ⚠"}`
      })
      lines.push(
        `| ${[row.label, ...sizes.map((s) => cell(report.results[s].measures[row.key], duration)), ...flat].join(" | ")} |`,
      )
    }
  }
  lines.push("", `⚠: p95 grows more than ×${GOAL} from ${n(from)} products.`)
  return `${lines.join("\n")}\n`
}
