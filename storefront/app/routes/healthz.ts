/** Liveness probe for the process manager; does not touch the backend. */
export function loader() {
  return new Response("ok", { headers: { "Cache-Control": "no-store" } })
}
