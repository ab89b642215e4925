import type { Page } from "playwright-core"
import { dictionaries, localePath, type Lang } from "../../app/i18n"

type Login = { email: string; password: string }

/** Escapes a path for a RegExp that matches the end of a URL. */
const endsWith = (path: string) => new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)

/** A seller member signs in on the portal's sign-in page, in the page's language, and lands on the portal. */
export async function signInSeller(page: Page, storefrontUrl: string, lang: Lang, login: Login) {
  const t = dictionaries[lang]
  await page.goto(`${storefrontUrl}${localePath(lang, "/seller/login")}`)
  await page.getByLabel(t["checkout.email"]).fill(login.email)
  await page.getByLabel(t["account.password"]).fill(login.password)
  await page.getByRole("button", { name: t["seller.sign_in"] }).click()
  await page.waitForURL(endsWith(localePath(lang, "/seller")))
}

/** A customer signs in on the account sign-in page, in the page's language, and lands on its account. */
export async function signInCustomer(page: Page, storefrontUrl: string, lang: Lang, login: Login) {
  const t = dictionaries[lang]
  await page.goto(`${storefrontUrl}${localePath(lang, "/account/login")}`)
  await page.getByLabel(t["checkout.email"]).fill(login.email)
  await page.getByLabel(t["account.password"]).fill(login.password)
  await page.getByRole("button", { name: t["account.sign_in"] }).click()
  await page.waitForURL(endsWith(localePath(lang, "/account")))
}
