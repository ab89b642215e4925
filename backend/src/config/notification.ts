/**
 * The Notification Module (Medusa's own) and its providers, one per channel:
 * - `feed`, the in-app notification centre (plugin-notifications): Medusa's local provider, the
 *   stored records are the feed (Medusa admin reads its own on this channel too);
 * - `email`: SMTP (plugin-notifications' nodemailer provider) when SMTP_URL or SMTP_HOST is set
 *   (with SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM), else Medusa's local provider, which
 *   writes each message to the log.
 */
export function notificationModule(env: NodeJS.ProcessEnv) {
  const smtp = env.SMTP_URL?.trim() || env.SMTP_HOST?.trim()
  const email = smtp
    ? {
        resolve: "@ocop/plugin-notifications/providers/notification-smtp",
        id: "smtp",
        options: {
          channels: ["email"],
          url: env.SMTP_URL?.trim() || undefined,
          host: env.SMTP_HOST?.trim() || undefined,
          port: env.SMTP_PORT ? Number(env.SMTP_PORT) : undefined,
          user: env.SMTP_USER || undefined,
          password: env.SMTP_PASSWORD || undefined,
          from: env.SMTP_FROM || "Chợ OCOP <no-reply@ocop.local>",
        },
      }
    : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }
  return {
    resolve: "@medusajs/medusa/notification",
    options: {
      providers: [
        { resolve: "@medusajs/medusa/notification-local", id: "feed", options: { channels: ["feed"] } },
        email,
      ],
    },
  }
}
