// Medusa loads medusa-config.ts and the plugin's sources with require(): let ts-node compile them.
require("ts-node").register({ transpileOnly: true, swc: true })
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Test files register hundreds of accounts from one address; the registration limit's own test
// sets the production count again.
process.env.AUTH_REGISTRATIONS_PER_ADDRESS ??= "100000"

// Passwords are hashed at a lower scrypt cost (src/config/password-hashing.ts): the files sign in
// hundreds of times, and who gets in does not depend on the cost.
process.env.AUTH_PASSWORD_HASH_LOG_N ??= "10"
