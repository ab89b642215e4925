import { Link } from "react-router"
import type { Route } from "./+types/account.login"
import { SignInForm } from "../components/SignInForm"
import { langFromPath, translate, useT } from "../i18n"
import { cacheHeaders } from "../lib/http.server"
import { CUSTOMER, signedOutPage, signInAction } from "../lib/sign-in.server"

export const headers = cacheHeaders

export function meta({ location }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    { title: `${translate(lang, "account.sign_in")} — ${translate(lang, "site.name")}` },
    { name: "robots", content: "noindex" },
  ]
}

export const loader = (args: Route.LoaderArgs) => signedOutPage(CUSTOMER, args)
export const action = (args: Route.ActionArgs) => signInAction(CUSTOMER, args)

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  return (
    <SignInForm title="account.sign_in" next={loaderData.next} errors={actionData?.errors} email={actionData?.email}>
      <p>
        {t("account.no_account")}{" "}
        <Link to={`${href("/account/register")}?next=${encodeURIComponent(loaderData.next)}`}>
          {t("account.register")}
        </Link>
      </p>
    </SignInForm>
  )
}
