/**
 * A product's subgroup is one of its group's subgroups in Decision 148/QĐ-TTg, Appendix I (the
 * list is `PRODUCT_GROUPS` of @ocop/reference). Given by code ("1.3") or label, with or without
 * accents; stored as the decision's Vietnamese label, the one form the search facets, the CSV
 * export and the admin show as they are (the code and the English label follow from it through
 * `findSubgroup`, as the storefront does for the page's language). Pure TypeScript.
 */
import { findSubgroup, productGroup } from "@ocop/reference"
import type { RuleError } from "./errors"

export function checkSubgroup(group: unknown, subgroup: unknown): { errors: RuleError[]; label: string | null } {
  const info = productGroup(group)
  if (!info) return { errors: [], label: null } // an unknown group is the score sheet's error (product_group)
  const choices = info.subgroups.map((s) => `${s.code} ${s.label_vi}`).join("; ")
  if (typeof subgroup !== "string" || !subgroup.trim()) {
    return {
      errors: [
        {
          field: "subgroup",
          rule: "required",
          params: { group: info.code },
          message: `the product subgroup is required: one of ${choices}`,
        },
      ],
      label: null,
    }
  }
  const found = findSubgroup(subgroup)
  if (!found) {
    return {
      errors: [
        {
          field: "subgroup",
          rule: "subgroup",
          params: { value: subgroup.trim(), group: info.code },
          message: `"${subgroup.trim()}" is not a subgroup of Decision 148/QĐ-TTg: group ${info.code} (${info.label_vi}) has ${choices}`,
        },
      ],
      label: null,
    }
  }
  if (found.group !== info.code) {
    return {
      errors: [
        {
          field: "subgroup",
          rule: "subgroup",
          params: { value: found.label_vi, group: info.code },
          message: `"${found.label_vi}" (${found.code}) belongs to group ${found.group}, not to group ${info.code} (${info.label_vi}): one of ${choices}`,
        },
      ],
      label: null,
    }
  }
  return { errors: [], label: found.label_vi }
}
