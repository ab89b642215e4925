/**
 * Where Digital Links point: the storefront that answers `/01/{gtin}/10/{lot}` (a person gets the
 * trace page, a machine asking for application/ld+json gets EPCIS). OCOP_DIGITAL_LINK_BASE wins
 * (e.g. https://ocop.vn for printed labels), else STOREFRONT_URL, else the local storefront.
 */
export function digitalLinkHost(env: NodeJS.ProcessEnv = process.env): string {
  return env.OCOP_DIGITAL_LINK_BASE || env.STOREFRONT_URL || "http://localhost:3000"
}
