import { UNSAFE_ErrorResponseImpl as ErrorResponse } from "react-router"
import { describe, expect, it } from "vitest"
import { errorPageText } from "./error-page"

/** What a loader's `throw data(null, { status })` reaches the error boundary and the root's meta as. */
const thrown = (status: number, statusText = status === 404 ? "Not Found" : "Forbidden") =>
  new ErrorResponse(status, statusText, null)

describe("error page text", () => {
  it("titles a missing page in the page's language", () => {
    expect(errorPageText(thrown(404), "vi").title).toBe("Không tìm thấy trang")
    expect(errorPageText(thrown(404), "en").title).toBe("Page not found")
  })

  it("titles any other refused request in the page's language, never with the HTTP status text", () => {
    for (const [status, statusText] of [
      [400, "Bad Request"],
      [405, "Method Not Allowed"],
      [413, "Payload Too Large"],
    ] as const) {
      expect(errorPageText(thrown(status, statusText), "vi").title).toBe("Không xử lý được yêu cầu")
      expect(errorPageText(thrown(status, statusText), "en").title).toBe("The request could not be handled")
      expect(errorPageText(thrown(status, statusText), "vi").message).not.toMatch(statusText)
    }
    expect(errorPageText(thrown(503, "Service Unavailable"), "vi").title).toBe("Đã có lỗi xảy ra")
  })

  it("never shows a code's message outside development", () => {
    const text = errorPageText(new Error(`relation "seller" does not exist`), "vi")
    expect(text.message).not.toMatch(/relation/)
    expect(text.title).toBeTruthy()
  })
})
