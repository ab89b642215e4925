import { createReadStream } from "node:fs"

export type Line = { number: number; text: string; /** Bytes read up to the end of this line. */ endByte: number }

/** The file's non-empty lines one at a time, with their number and byte position: memory stays flat. */
export async function* readLines(path: string): AsyncGenerator<Line> {
  let number = 0
  let bytes = 0
  let rest = ""
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 256 * 1024 })) {
    const lines = (rest + chunk).split("\n")
    rest = lines.pop()!
    for (const text of lines) {
      number++
      bytes += Buffer.byteLength(text, "utf8") + 1
      if (text.trim()) yield { number, text, endByte: bytes }
    }
  }
  if (rest.trim()) yield { number: number + 1, text: rest, endByte: bytes + Buffer.byteLength(rest, "utf8") }
}
