import { model } from "@medusajs/framework/utils"

/**
 * A signed-out bearer token (Medusa's JWTs are stateless): its SHA-256, never the token itself,
 * kept until the token would have expired anyway.
 */
export const RevokedToken = model
  .define("revoked_auth_token", {
    id: model.id({ prefix: "rvtk" }).primaryKey(),
    token_hash: model.text(),
    expires_at: model.dateTime(),
  })
  .indexes([{ on: ["token_hash"], unique: true }])
