import { data } from "react-router"

/**
 * Every address no page answers, in each language (`*` and `en/*`): a 404 shown by the root's error
 * page in the address's language. Without a route of its own such an address matches nothing, and
 * the browser, which is sent only the routes of the page, goes looking for one while it takes the
 * page over: it renders something else than the server sent (React's hydration error #418).
 */
export function loader() {
  throw data(null, { status: 404 })
}

export default function NotFound() {
  return null
}
