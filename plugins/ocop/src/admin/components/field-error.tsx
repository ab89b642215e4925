import { Hint } from "@medusajs/ui"
import type { FieldError } from "../lib/errors"

/** Messages for one field: the server's (after a failed submit) and the form's own. */
export const FieldErrors = ({ errors, local }: { errors?: FieldError[]; local?: (string | null | undefined)[] }) => {
  const messages = [...(local ?? []).filter(Boolean), ...(errors ?? []).map((e) => e.message)] as string[]
  if (!messages.length) return null
  return (
    <div className="flex flex-col gap-y-0.5" data-testid="field-error">
      {messages.map((message, i) => (
        <Hint key={i} variant="error">
          {message}
        </Hint>
      ))}
    </div>
  )
}
