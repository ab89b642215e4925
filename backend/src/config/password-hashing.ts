/** Medusa's own scrypt cost for stored passwords (`hashConfig` of the emailpass provider): N = 2^15, r 8, p 1. */
export const DEFAULT_PASSWORD_HASH = { logN: 15, r: 8, p: 1 } as const

/**
 * The Auth Module with the emailpass provider hashing passwords at a lower scrypt cost, when
 * AUTH_PASSWORD_HASH_LOG_N (tests only) gives one from 10 to 14; else nothing, and Medusa's own
 * Auth Module (emailpass at its default cost) stays. The test suites sign in thousands of times,
 * and what they check is who gets in, not how long a hash takes. Ignored in production.
 */
export function passwordHashingModules(env: NodeJS.ProcessEnv) {
  const logN = Number(env.AUTH_PASSWORD_HASH_LOG_N)
  if (env.NODE_ENV === "production" || !Number.isInteger(logN) || logN < 10 || logN >= DEFAULT_PASSWORD_HASH.logN)
    return []
  return [
    {
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/auth-emailpass",
            id: "emailpass",
            options: { hashConfig: { ...DEFAULT_PASSWORD_HASH, logN } },
          },
        ],
      },
    },
  ]
}
