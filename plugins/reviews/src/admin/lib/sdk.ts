import Medusa from "@medusajs/js-sdk"

/** The admin JS SDK client with the officer's session (same set-up as plugin-ocop's admin). */
const backendUrl =
  (typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__) || import.meta.env.VITE_BACKEND_URL || "/"

export const sdk = new Medusa({ baseUrl: backendUrl, debug: import.meta.env.DEV, auth: { type: "session" } })
export { backendUrl }
