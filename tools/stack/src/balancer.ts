import { createServer, Agent, type IncomingMessage, type Server } from "node:http"
import { createProxyServer } from "http-proxy-3"

export type Balancer = { url: string; stop: () => Promise<void> }

/**
 * One public port in front of several Medusa server processes: each request goes to the next
 * server in turn (round robin, per request, over kept-alive connections).
 *
 * Why a proxy and not Node's cluster (which Medusa's own `medusa start --cluster` uses): Medusa's
 * cluster mode caps servers + workers at the number of CPUs (two on our machines, so no two
 * servers beside a worker), its worker processes listen on the shared port too (they serve no
 * routes, so their share of connections would get 404s), and a process it forks again after a
 * crash never receives its mode. Behind this proxy every process keeps a port of its own, so each
 * can be checked and addressed on its own (the drills spread their carts over them). http-proxy-3
 * is the maintained rewrite of http-proxy that Vite's dev server uses.
 */
export async function startBalancer(options: { port: number; targets: string[] }): Promise<Balancer> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 })
  // Headers pass through as sent: the servers trust one proxy hop (Express "trust proxy" 1), so the
  // X-Forwarded-For the storefront sets (its visitor) must stay the last entry they see.
  const proxy = createProxyServer({ agent, xfwd: false, proxyTimeout: 120_000 })
  proxy.on("proxyReq", (proxyReq, req: IncomingMessage) => {
    // A client that came straight here (a browser on the admin): it is the visitor, as it would
    // be for a single server without this proxy.
    if (!req.headers["x-forwarded-for"] && req.socket.remoteAddress)
      proxyReq.setHeader("x-forwarded-for", req.socket.remoteAddress)
  })
  proxy.on("error", (_error, _req, res) => {
    if (!res || !("writeHead" in res) || res.headersSent) return res?.destroy()
    res.writeHead(502, { "content-type": "application/json" })
    res.end(JSON.stringify({ type: "unexpected_state", message: "The server did not answer. Try again." }))
  })
  let next = 0
  const server: Server = createServer((req, res) => {
    const target = options.targets[next++ % options.targets.length]
    proxy.web(req, res, { target })
  })
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject)
    server.listen(options.port, () => resolveListen())
  })
  return {
    url: `http://localhost:${options.port}`,
    stop: () =>
      new Promise<void>((resolveStop) => {
        server.close(() => resolveStop())
        server.closeAllConnections()
        proxy.close()
        agent.destroy()
      }),
  }
}
