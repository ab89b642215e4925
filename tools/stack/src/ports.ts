import { createServer } from "node:net"
import { StackError } from "./errors"

/** Resolves true when nothing listens on the port (on any local address). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer()
    server.once("error", () => resolveFree(false))
    server.once("listening", () => server.close(() => resolveFree(true)))
    server.listen(port)
  })
}

/** A port the OS says is free now; used by tests so two runs never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}

export async function assertPortFree(port: number, what: string, envName: string) {
  if (!(await isPortFree(port))) {
    throw new StackError(
      `Port ${port} for the ${what} is already in use. Stop whatever uses it ` +
        `(\`lsof -i :${port}\` tells what) or choose another port with ${envName}=<port>.`,
    )
  }
}
