/** The in-app notification centre's channel (Medusa admin reads its own feed on it too). */
export const FEED_CHANNEL = "feed"
export const EMAIL_CHANNEL = "email"
/** The receiver of the operators' in-app notifications. */
export const ADMIN_RECEIVER = "admin"
