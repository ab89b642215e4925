import { UNSAFE_ErrorResponseImpl as ErrorResponse } from "react-router"
import { describe, expect, it } from "vitest"
import { errorPageText } from "./error-page"

/** What a loader's `throw data(null, { status })` reaches the error boundary and the root's meta as. */
const thrown = (status: number) => new ErrorResponse(status, status === 404 ? "Not Found" : "Forbidden", null)

describe("error page text", () => {
  it("titles a missing page in the page's language", () => {
    expect(errorPageText(thrown(404), "vi").title).toBe("Không tìm thấy trang")
    expect(errorPageText(thrown(404), "en").title).toBe("Page not found")
  })

  it("never shows a code's message outside development", () => {
    const text = errorPageText(new Error(`relation "seller" does not exist`), "vi")
    expect(text.message).not.toMatch(/relation/)
    expect(text.title).toBeTruthy()
  })
})
