import { measureProcesses } from "../processes"
import type { Section } from "./types"

/**
 * Medusa's production layout (two server processes and a worker behind the balancer, with Redis)
 * against one process in shared mode, on the store listing and the same database.
 */
export const processes: Section = {
  name: "processes",
  rows: [
    { key: "processes_one", label: "listing throughput, one process (shared mode)" },
    { key: "processes_two", label: "listing throughput, two servers + worker behind the balancer" },
  ],
  async run(c) {
    const report = await measureProcesses({
      databaseUrl: c.databaseUrl,
      publishableKey: c.store["x-publishable-api-key"],
      log: c.log,
    })
    const load = (m: typeof report.one_process) => ({ kind: "load" as const, ...m })
    return {
      processes_one: load(report.one_process),
      processes_two: { ...load(report.two_servers_and_worker), note: `${report.ratio}× the requests per second` },
    }
  },
}
