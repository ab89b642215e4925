import { Link } from "react-router"
import type { Route } from "./+types/seller.login"
import { SignInForm } from "../components/SignInForm"
import { useT } from "../i18n"
import { cacheHeaders } from "../lib/http.server"
import { SELLER, signedOutPage, signInAction } from "../lib/sign-in.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.sign_in")

export const loader = (args: Route.LoaderArgs) => signedOutPage(SELLER, args)
export const action = (args: Route.ActionArgs) => signInAction(SELLER, args)

export default function SellerLogin({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href } = useT()
  return (
    <SignInForm title="seller.sign_in" next={loaderData.next} errors={actionData?.errors} email={actionData?.email}>
      <p>
        {t("seller.no_account")} <Link to={href("/seller/register")}>{t("seller.register")}</Link>
      </p>
    </SignInForm>
  )
}
