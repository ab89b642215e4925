import type { Page } from "playwright-core"
import type { Stack } from "@ocop/stack"
import { dictionaries, localePath, type Lang, type MessageKey } from "../../app/i18n"

type Login = { email: string; password: string }

/** Signs in on a sign-in page, in the page's language, and waits to land on `landing`. */
async function signIn(
  page: Page,
  storefrontUrl: string,
  lang: Lang,
  login: Login,
  form: { path: string; button: MessageKey; landing: string },
) {
  const t = dictionaries[lang]
  await page.goto(`${storefrontUrl}${localePath(lang, form.path)}`)
  await page.getByLabel(t["checkout.email"]).fill(login.email)
  await page.getByLabel(t["account.password"]).fill(login.password)
  await page.getByRole("button", { name: t[form.button] }).click()
  const landing = localePath(lang, form.landing).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  await page.waitForURL(new RegExp(`${landing}$`))
}

/** A seller member signs in on the portal's sign-in page and lands on the portal. */
export const signInSeller = (page: Page, storefrontUrl: string, lang: Lang, login: Login) =>
  signIn(page, storefrontUrl, lang, login, { path: "/seller/login", button: "seller.sign_in", landing: "/seller" })

/** A customer signs in on the account sign-in page and lands on its account. */
export const signInCustomer = (page: Page, storefrontUrl: string, lang: Lang, login: Login) =>
  signIn(page, storefrontUrl, lang, login, { path: "/account/login", button: "account.sign_in", landing: "/account" })

/**
 * The operator signed in to Medusa's admin (at /app) with its language setting (Medusa keeps it in
 * the `lng` cookie, as its profile's language setting does).
 */
export async function signInToAdmin(page: Page, stack: Pick<Stack, "backendUrl" | "logins">, lang: Lang) {
  await page.context().addCookies([{ name: "lng", value: lang, url: stack.backendUrl }])
  await page.goto(`${stack.backendUrl}/app/login`)
  await page.locator('input[name="email"]').fill(stack.logins.admin.email)
  await page.locator('input[name="password"]').fill(stack.logins.admin.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((address) => !address.pathname.endsWith("/login"), { timeout: 60_000 })
}
