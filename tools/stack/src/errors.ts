/** An error whose message is meant for the person at the terminal: printed without a stack trace. */
export class StackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "StackError"
  }
}
