import { checkout } from "./checkout"
import { listing } from "./listing"
import { pages } from "./pages"
import { processes } from "./processes"
import { search } from "./search"
import type { Section } from "./types"

/**
 * The measure groups `npm run bench` runs at each size, in this order (a group's rows appear in
 * the table in the same order). A new group: a file in this folder exporting a `Section`
 * (sections/types.ts), added here.
 */
export const sections: Section[] = [listing, search, pages, checkout, processes]
