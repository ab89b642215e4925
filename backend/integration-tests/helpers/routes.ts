import { readdirSync, readFileSync } from "node:fs"
import { resolve } from "node:path"

export type RouteMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

/** One method of one route file: `GET /sellers/me/lots/:id`. */
export type ApiRoute = { method: RouteMethod; path: string; name: string }

const ROOTS = [resolve(__dirname, "../../../plugins"), resolve(__dirname, "../../src")]
const METHOD_EXPORT = /export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g

/**
 * Every route the app serves from its own code: each method exported by a `route.ts` under the
 * plugins' `src/api` folders and the backend's `src/api`, with its path as Medusa derives it from
 * the folders (`[id]` → `:id`). A new route file shows up here without anyone listing it.
 */
export function appRoutes(): ApiRoute[] {
  return ROOTS.flatMap((root) =>
    (readdirSync(root, { recursive: true }) as string[])
      .filter(
        (file) =>
          file.endsWith("route.ts") &&
          /(^|\/)src\/api\/|^api\//.test(file) &&
          !file.includes("node_modules") &&
          !file.includes(".medusa"),
      )
      .flatMap((file) => {
        const path = file
          .replace(/^.*?api\//, "/")
          .replace(/\/route\.ts$/, "")
          .replace(/\[([a-z_]+)\]/g, ":$1")
        const methods = [...readFileSync(resolve(root, file), "utf8").matchAll(METHOD_EXPORT)].map(
          (match) => match[1] as RouteMethod,
        )
        return [...new Set(methods)].map((method) => ({ method, path, name: `${method} ${path}` }))
      }),
  )
}

/** Whether `path` (a concrete request path) is one of the route's paths (`:id` standing for any one segment). */
export function routeMatches(route: string, path: string): boolean {
  return new RegExp(`^${route.replace(/:[a-z_]+/g, "[^/]+")}$`).test(path)
}
