/** The instant a workflow runs "at": `now` when given (tests, replays), else the real clock. */
export function clock(now?: string | Date | null): Date {
  if (!now) return new Date()
  const at = new Date(now)
  if (Number.isNaN(at.getTime())) throw new RangeError(`not an instant: ${String(now)}`)
  return at
}
