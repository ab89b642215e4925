/**
 * Secrets for the HTTP layer. The demo values let `npm start` work out of the box,
 * but a production server (NODE_ENV=production, not started as the demo) refuses them.
 */
export const DEMO_SECRET = "ocop-demo-secret-change-me"

export function assertProductionSecrets(env: NodeJS.ProcessEnv) {
  const jwtSecret = env.JWT_SECRET || DEMO_SECRET
  const cookieSecret = env.COOKIE_SECRET || DEMO_SECRET
  const isProduction = env.NODE_ENV === "production"
  const isDemo = env.OCOP_DEMO === "1"
  if (isProduction && !isDemo) {
    for (const [name, value] of [
      ["JWT_SECRET", jwtSecret],
      ["COOKIE_SECRET", cookieSecret],
    ]) {
      if (value === DEMO_SECRET || value.length < 32) {
        throw new Error(
          `${name} must be set to a random value of at least 32 characters in production ` +
            `(it is ${value === DEMO_SECRET ? "the demo default" : "too short"}). ` +
            `Generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`,
        )
      }
    }
  }
  return { jwtSecret, cookieSecret }
}
