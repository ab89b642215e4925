import { fold } from "@ocop/reference"

/** "Nước mắm cá cơm 40 độ đạm" → "nuoc-mam-ca-com-40-do-dam": ASCII, safe in URLs and HTTP headers. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
}
