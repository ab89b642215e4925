/** A time as the operators read it: Vietnam time, in the admin's language's format. */
export const when = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang.startsWith("vi") ? "vi-VN" : "en-GB", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(iso))

/** Who wrote or reported, as a key of the page's translations. */
export const role = (who: string) =>
  `ocop_message_reports.role.${who === "seller" || who === "admin" ? who : "customer"}`
