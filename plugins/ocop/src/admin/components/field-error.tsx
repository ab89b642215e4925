import { Hint } from "@medusajs/ui"
import { useRefusalText, type FieldError } from "../lib/errors"

/** Messages for one field: the server's (after a failed submit) and the form's own. */
export const FieldErrors = ({ errors, local }: { errors?: FieldError[]; local?: (string | null | undefined)[] }) => {
  const say = useRefusalText()
  const messages = [...new Set([...(local ?? []).filter(Boolean), ...(errors ?? []).map(say)])] as string[]
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
