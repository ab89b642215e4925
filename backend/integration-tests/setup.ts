// Medusa loads medusa-config.ts and the plugin's sources with require(): let ts-node compile them.
require("ts-node").register({ transpileOnly: true, swc: true })
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
