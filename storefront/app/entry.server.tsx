import { Transform, type TransformCallback } from "node:stream"
import { createReadableStreamFromReadable } from "@react-router/node"
import { isbot } from "isbot"
import type { RenderToPipeableStreamOptions } from "react-dom/server"
import { renderToPipeableStream } from "react-dom/server"
import type { EntryContext } from "react-router"
import { ServerRouter } from "react-router"

export const streamTimeout = 5_000

/**
 * React 18's streaming renderer can leave NUL bytes where a multi-byte UTF-8 character did not fit
 * at the end of its 2 KB buffer (facebook/react#26228, fixed only in React 19). Vietnamese text is
 * full of such characters ("Thêm vào gi\0\0ỏ"). A NUL byte is never part of a UTF-8 encoded
 * character, nor of valid HTML, so dropping every NUL byte repairs the stream exactly.
 */
export function dropNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (chunk.indexOf(0) === -1) return callback(null, chunk)
      const out = Buffer.allocUnsafe(chunk.length)
      let length = 0
      for (const byte of chunk) if (byte !== 0) out[length++] = byte
      callback(null, out.subarray(0, length))
    },
  })
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders })
  }

  return new Promise((resolve, reject) => {
    let shellRendered = false
    const userAgent = request.headers.get("user-agent")
    // Bots get the whole page at once; people get the shell as soon as it is ready.
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady"

    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000)

    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} />, {
      [readyOption]() {
        shellRendered = true
        const body = dropNulBytes()
        body.on("finish", () => {
          clearTimeout(timeoutId)
          timeoutId = undefined
        })
        const stream = createReadableStreamFromReadable(body)
        responseHeaders.set("Content-Type", "text/html; charset=utf-8")
        pipe(body)
        resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }))
      },
      onShellError(error: unknown) {
        reject(error)
      },
      onError(error: unknown) {
        responseStatusCode = 500
        if (shellRendered) console.error(error)
      },
    })
  })
}
