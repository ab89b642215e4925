import { SELLER_MODULE } from "../../modules/seller"
import type { StatusRecord } from "../application/types"

/** A seller, as the application steps reach it. */
export const SELLER_RECORD: StatusRecord = { module: SELLER_MODULE, model: "Seller", models: "Sellers", noun: "seller" }
