import { Module } from "@medusajs/framework/utils"
import boundPoolWaits from "./loaders/bound-pool-waits"
import DatabasePoolService from "./service"

export const DATABASE_POOL_MODULE = "database_pool"

export default Module(DATABASE_POOL_MODULE, { service: DatabasePoolService, loaders: [boundPoolWaits] })
