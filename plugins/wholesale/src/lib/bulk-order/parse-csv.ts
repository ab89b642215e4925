import { invalid } from "@ocop/plugin-ocop/errors"
import { MAX_BULK_LINES } from "../../constants"

export interface BulkLineInput {
  /** The line in the file (1 = the header), or the row in the grid. */
  line: number
  sku: string
  /** As typed: checked row by row so one bad quantity does not refuse the whole file. */
  quantity: string
}

const SKU_HEADERS = ["sku", "mã sku", "ma sku", "mã hàng", "ma hang"]
const QUANTITY_HEADERS = ["quantity", "qty", "số lượng", "so luong"]

/** Splits one CSV record (RFC 4180 quotes; the separator is given). */
function splitRecord(record: string, separator: string): string[] {
  const cells: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < record.length; i++) {
    const c = record[i]
    if (quoted) {
      if (c === '"' && record[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell.trim() === "") {
      quoted = true
      cell = ""
    } else if (c === separator) {
      cells.push(cell)
      cell = ""
    } else cell += c
  }
  cells.push(cell)
  return cells.map((value) => value.trim())
}

/**
 * Reads an uploaded bulk order: UTF-8 (a BOM is accepted), a header naming the SKU and quantity
 * columns (comma or semicolon separated, as Excel writes), at most MAX_BULK_LINES lines. A file
 * that is not UTF-8, has other columns or too many lines is refused as a whole with a 400 saying why.
 */
export function parseBulkCsv(bytes: Uint8Array): BulkLineInput[] {
  let text: string
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    throw invalid(
      "file",
      "encoding",
      "the file is not UTF-8 text (perhaps Windows-1258/TCVN3 or an Excel workbook): save it as “CSV UTF-8 (Comma delimited)” and upload again",
    )
  }
  text = text.replace(/^\uFEFF/, "")
  const records = text.split(/\r\n|\n|\r/)
  while (records.length && records[records.length - 1].trim() === "") records.pop()
  if (!records.length)
    throw invalid(
      "file",
      "empty",
      "the file is empty: the first line is the header sku,quantity, then one line per product",
    )

  const headerLine = records[0]
  const separator = headerLine.includes(";") && !headerLine.includes(",") ? ";" : ","
  const header = splitRecord(headerLine, separator).map((name) => name.toLowerCase().normalize("NFC"))
  const skuColumn = header.findIndex((name) => SKU_HEADERS.includes(name))
  const quantityColumn = header.findIndex((name) => QUANTITY_HEADERS.includes(name))
  if (skuColumn < 0 || quantityColumn < 0) {
    throw invalid(
      "file",
      "columns",
      `the first line must name the columns sku and quantity (found: ${header.join(", ") || "nothing"})`,
    )
  }
  const dataLines = records.length - 1
  if (dataLines > MAX_BULK_LINES) {
    throw invalid(
      "file",
      "too_many_lines",
      `the file has ${dataLines.toLocaleString("en")} lines; at most ${MAX_BULK_LINES.toLocaleString("en")} per order: split it`,
    )
  }
  const lines: BulkLineInput[] = []
  records.slice(1).forEach((record, index) => {
    if (record.trim() === "") return
    const cells = splitRecord(record, separator)
    lines.push({ line: index + 2, sku: cells[skuColumn] ?? "", quantity: cells[quantityColumn] ?? "" })
  })
  if (!lines.length) throw invalid("file", "empty", "the file has a header but no lines")
  return lines
}
