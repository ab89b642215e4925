import { MedusaService } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { RevokedToken } from "./models/revoked-token"

export function tokenHash(token: string) {
  return createHash("sha256").update(token).digest("hex")
}

export default class RevokedTokenModuleService extends MedusaService({ RevokedToken }) {
  async revoke(token: string, expiresAt: Date) {
    const hash = tokenHash(token)
    const [existing] = await this.listRevokedTokens({ token_hash: hash }, { take: 1 })
    if (!existing) await this.createRevokedTokens({ token_hash: hash, expires_at: expiresAt })
  }

  /**
   * A token issued anew: Medusa's tokens carry no unique id, so a sign-in within the same second as
   * a sign-out can mint the very token that was ended. The person has just proven who they are.
   */
  async reissued(token: string) {
    const found = await this.listRevokedTokens({ token_hash: tokenHash(token) }, { select: ["id"] })
    if (found.length) await this.deleteRevokedTokens(found.map((row) => row.id))
  }

  async isRevoked(token: string) {
    const [found] = await this.listRevokedTokens({ token_hash: tokenHash(token) }, { take: 1, select: ["id"] })
    return Boolean(found)
  }
}
