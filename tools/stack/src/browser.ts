import { chromium, type Browser, type BrowserServer } from "playwright-core"

/** Debian's chromium (installed by .ci/run), with the flags this sandboxed, offline machine needs. */
const launchOptions = () => ({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
})

/** A chromium of the caller's own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions())
}

/**
 * One chromium that the test files of a run share (a test run's global setup starts it): each file
 * connects with `connectBrowser(server.wsEndpoint())` and works in contexts of its own, so a file
 * does not pay for starting a browser.
 */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions())
}

/**
 * A connection to a shared chromium: `close()` closes this connection's contexts and disconnects,
 * leaving the browser to the other files.
 */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint)
}
