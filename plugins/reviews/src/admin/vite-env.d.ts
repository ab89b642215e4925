/// <reference types="vite/client" />

/** Defined by the admin bundler (admin.backendUrl in medusa-config): the backend a plugin's admin calls. */
declare const __BACKEND_URL__: string | undefined
