/**
 * Medusa stores a person's name as first/last name and shows "first last". A Vietnamese full name is
 * family name first and given name last ("Nguyễn Văn An": last_name "Nguyễn Văn", first_name "An").
 */
export function splitVietnameseName(fullName: string): { first_name: string; last_name: string } {
  const parts = fullName.trim().split(/\s+/)
  if (parts.length === 1) return { first_name: parts[0], last_name: "" }
  return { first_name: parts[parts.length - 1], last_name: parts.slice(0, -1).join(" ") }
}

/** A person's name as Vietnamese write it, family name first: "Nguyễn Văn An". */
export function joinVietnameseName(person: { first_name?: string | null; last_name?: string | null }): string {
  return [person.last_name, person.first_name]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ")
}
