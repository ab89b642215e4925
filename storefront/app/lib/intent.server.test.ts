import { describe, expect, it } from "vitest"
import { formIntent } from "./intent.server"

const form = (fields: Record<string, string | Blob>) => {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  return body
}

/** What formIntent throws, as React Router reads a thrown value. */
function refusal(run: () => unknown) {
  try {
    run()
  } catch (thrown) {
    return thrown
  }
  throw new Error("formIntent accepted the form")
}

describe("a form's intent", () => {
  it("is one of the page's intents, as sent", () => {
    expect(formIntent(form({ intent: "decline" }), ["accept", "decline", "message"])).toBe("decline")
  })

  it.each([
    ["an unknown intent", { intent: "delete_everything" }],
    ["no intent", {}],
    ["an empty intent", { intent: "" }],
    ["an intent of another case", { intent: "Accept" }],
    ["a property every object has", { intent: "constructor" }],
    ["a file in its place", { intent: new Blob(["accept"]) }],
  ])("refuses %s with 400, the request error page", (_, fields) => {
    const thrown = refusal(() => formIntent(form(fields), ["accept", "decline", "message"]))
    // data(null, { status: 400 }) thrown from an action: React Router answers with the status and
    // renders the root error boundary (error-page.ts words a 4xx as the request error).
    expect(thrown).toMatchObject({ type: "DataWithResponseInit", init: { status: 400 } })
  })
})
