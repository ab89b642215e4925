import { defineLink } from "@medusajs/framework/utils"
import CertificationModule from "@ocop/plugin-ocop/modules/certification"
import SellerModule from "../modules/seller"

/** A seller is an OCOP subject (the producer holding the certificates): one each way. */
export default defineLink(SellerModule.linkable.seller, CertificationModule.linkable.ocopSubject)
