import bwipjs from "bwip-js"

/**
 * The Digital Link of a lot as a GS1 Digital Link QR code (bwip-js `gs1dlqrcode`, which also checks
 * the URI's GS1 syntax and the GTIN's check digit). Error correction M survives a scuffed label.
 */
export function digitalLinkQrSvg(uri: string): string {
  return bwipjs.toSVG({ bcid: "gs1dlqrcode", text: uri, eclevel: "M" } as any)
}

export function digitalLinkQrPng(uri: string, scale = 6): Promise<Buffer> {
  return bwipjs.toBuffer({
    bcid: "gs1dlqrcode",
    text: uri,
    eclevel: "M",
    scale,
    paddingwidth: 4,
    paddingheight: 4,
    backgroundcolor: "FFFFFF",
  } as any)
}

/** A plain QR code (any text, e.g. a booking voucher's check URL), error correction M. */
export function qrSvg(text: string): string {
  return bwipjs.toSVG({ bcid: "qrcode", text, eclevel: "M" } as any)
}
