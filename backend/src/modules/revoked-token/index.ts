import { Module } from "@medusajs/framework/utils"
import RevokedTokenModuleService from "./service"

export const REVOKED_TOKEN_MODULE = "revoked_token"

export type { default as RevokedTokenModuleService } from "./service"

export default Module(REVOKED_TOKEN_MODULE, { service: RevokedTokenModuleService })
