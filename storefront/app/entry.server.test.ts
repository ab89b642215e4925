import { describe, expect, it } from "vitest"
import { dropNulBytes } from "./entry.server"

describe("the NUL-byte repair of React 18's stream", () => {
  it("drops the NUL bytes React leaves before a split Vietnamese character", async () => {
    const stream = dropNulBytes()
    const chunks: Buffer[] = []
    stream.on("data", (chunk: Buffer) => chunks.push(chunk))
    const done = new Promise((resolve) => stream.on("end", resolve))
    stream.write(Buffer.concat([Buffer.from("Thêm vào gi"), Buffer.from([0, 0])]))
    stream.write(Buffer.from("ỏ hàng"))
    stream.end()
    await done
    expect(Buffer.concat(chunks).toString("utf8")).toBe("Thêm vào giỏ hàng")
  })
})
