import { Link } from "react-router"
import type { Route } from "./+types/account.login"
import { SignInForm } from "../components/SignInForm"
import { useT } from "../i18n"
import { cacheHeaders } from "../lib/http.server"
import { CUSTOMER, signedOutPage, signInAction } from "../lib/sign-in.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("account.sign_in")

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
