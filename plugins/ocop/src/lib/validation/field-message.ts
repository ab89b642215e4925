/**
 * A zod error option whose message starts with the field's path ("images.0.url: …"). Medusa's
 * validator shows a refinement's message as it is, without the field: the path is put in here, so
 * that every 400 names the field. A message that already starts with the field's name is kept.
 */
export function fieldMessage(message: string) {
  return {
    error: (issue: { path?: PropertyKey[] }) => {
      const path = (issue.path ?? []).map(String)
      const name = path[path.length - 1]
      if (!path.length || (name && message.startsWith(name))) return message
      return `${path.join(".")}: ${message}`
    },
  }
}
