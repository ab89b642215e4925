import { createServer, type Server } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { SmtpNotificationService } from "./service"

/** A minimal SMTP server that accepts every message and keeps what it received (the test's mail host). */
function smtpSink() {
  const received: { from: string; to: string[]; data: string }[] = []
  const server = createServer((socket) => {
    let mail = { from: "", to: [] as string[], data: "" }
    let inData = false
    let buffer = ""
    socket.write("220 sink ready\r\n")
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8")
      let end: number
      while ((end = inData ? buffer.indexOf("\r\n.\r\n") : buffer.indexOf("\r\n")) !== -1) {
        if (inData) {
          mail.data = buffer.slice(0, end)
          buffer = buffer.slice(end + 5)
          inData = false
          received.push(mail)
          mail = { from: "", to: [], data: "" }
          socket.write("250 queued\r\n")
          continue
        }
        const line = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === "MAIL") mail.from = line
        if (verb === "RCPT") mail.to.push(line)
        if (verb === "DATA") inData = true
        if (verb === "QUIT") socket.end("221 bye\r\n")
        else if (verb === "EHLO" || verb === "HELO") socket.write("250 sink\r\n")
        else if (verb === "DATA") socket.write("354 go on\r\n")
        else socket.write("250 ok\r\n")
      }
    })
  })
  return { server, received }
}

describe("the SMTP e-mail provider", () => {
  const sink = smtpSink()
  let port = 0
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined } as any

  beforeAll(async () => {
    await new Promise<void>((resolve) => (sink.server as Server).listen(0, "127.0.0.1", resolve))
    port = (sink.server.address() as { port: number }).port
  })
  afterAll(() => new Promise<void>((resolve) => sink.server.close(() => resolve())))

  it("sends the notification's e-mail, Vietnamese with English below, to the SMTP server", async () => {
    const provider = new SmtpNotificationService(
      { logger },
      { host: "127.0.0.1", port, from: "Chợ OCOP <no-reply@ocop.local>" },
    )
    const result = await provider.send({
      to: "lan@example.vn",
      channel: "email",
      template: "seller_order.shipped",
      data: { number: "1024-2" },
    } as any)
    expect(result.id).toBeTruthy()
    expect(sink.received).toHaveLength(1)
    const [mail] = sink.received
    expect(mail.from).toContain("no-reply@ocop.local")
    expect(mail.to).toEqual([expect.stringContaining("lan@example.vn")])
    expect(mail.data).toMatch(/^Subject: /m)
  })

  it("refuses options without a sender or a host", () => {
    expect(() => SmtpNotificationService.validateOptions({ host: "smtp.example.vn" })).toThrow(/sender/)
    expect(() => SmtpNotificationService.validateOptions({ from: "a@b.vn" })).toThrow(/SMTP_URL or SMTP_HOST/)
  })
})
