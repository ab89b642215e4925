/** Who wrote or reported, as a key of the page's translations. */
export const role = (who: string) =>
  `ocop_message_reports.role.${who === "seller" || who === "admin" ? who : "customer"}`
