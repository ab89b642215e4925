/**
 * VietQR (NAPAS), the EMVCo merchant-presented QR that Vietnamese banking apps read for a transfer:
 * the beneficiary's bank (BIN) and account, the amount in VND and a reference the payer's app puts
 * in the transfer's description. Layout (EMVCo MPM, tag-length-value):
 *   00 "01" format · 01 "12" dynamic (one payment, with amount) · 38 NAPAS account info
 *   [00 GUID A000000727 · 01 beneficiary [00 BIN · 01 account] · 02 QRIBFTTA (transfer to account)]
 *   · 53 "704" (VND) · 54 amount · 58 "VN" · 62 additional data [08 purpose = reference] · 63 CRC.
 */

export const NAPAS_GUID = "A000000727"
/** NAPAS 247 service code: transfer to a bank account (QRIBFTTC would be to a card). */
const TRANSFER_TO_ACCOUNT = "QRIBFTTA"
const VND_NUMERIC = "704"

export interface VietQrInput {
  /** The beneficiary bank's 6-digit NAPAS BIN (e.g. 970405 Agribank, 970436 Vietcombank). */
  bankBin: string
  accountNumber: string
  /** Integer VND. */
  amount: number
  /** What the payer's app writes in the transfer description: letters and digits, up to 25. */
  reference: string
}

function tlv(tag: string, value: string): string {
  if (value.length > 99) throw new Error(`VietQR field ${tag} is longer than 99 characters`)
  return tag + String(value.length).padStart(2, "0") + value
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), as EMVCo requires, in 4 upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

export function vietQrPayload(input: VietQrInput): string {
  if (!/^\d{6}$/.test(input.bankBin)) throw new Error(`bank BIN "${input.bankBin}" is not 6 digits`)
  if (!/^[0-9A-Za-z]{1,19}$/.test(input.accountNumber))
    throw new Error(`account number "${input.accountNumber}" is not 1–19 letters or digits`)
  if (!Number.isInteger(input.amount) || input.amount <= 0)
    throw new Error(`amount ${input.amount} is not a positive whole number of dong`)
  if (!/^[0-9A-Za-z]{1,25}$/.test(input.reference))
    throw new Error(`reference "${input.reference}" is not 1–25 letters or digits`)
  const beneficiary = tlv("00", input.bankBin) + tlv("01", input.accountNumber)
  const body =
    tlv("00", "01") +
    tlv("01", "12") +
    tlv("38", tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", TRANSFER_TO_ACCOUNT)) +
    tlv("53", VND_NUMERIC) +
    tlv("54", String(input.amount)) +
    tlv("58", "VN") +
    tlv("62", tlv("08", input.reference)) +
    "6304"
  return body + crc16(body)
}

/** Reads a payload's tags back (top level, or one nested template): for tests and checks. */
export function readTlv(payload: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (let at = 0; at < payload.length;) {
    const tag = payload.slice(at, at + 2)
    const length = Number(payload.slice(at + 2, at + 4))
    fields[tag] = payload.slice(at + 4, at + 4 + length)
    at += 4 + length
  }
  return fields
}
