import type { ReactNode } from "react"
import { Form, useNavigation } from "react-router"
import type { MessageKey } from "../i18n"
import { useT } from "../i18n"
import { Notice, TextField } from "./ui"

type Props = {
  title: MessageKey
  next: string
  errors?: { email?: MessageKey; password?: MessageKey; form?: MessageKey }
  email?: string
  /** Below the form: the way to register instead. */
  children: ReactNode
}

/** The sign-in page of the customer's account and of the seller portal. */
export function SignInForm({ title, next, errors = {}, email, children }: Props) {
  const { t } = useT()
  const navigation = useNavigation()
  return (
    <div className="narrow">
      <h1>{t(title)}</h1>
      {errors.form ? <Notice kind="error">{t(errors.form)}</Notice> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="next" value={next} />
        <TextField
          name="email"
          type="email"
          label={t("checkout.email")}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={email}
          error={errors.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("account.password")}
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <button type="submit" className="button primary block" disabled={navigation.state === "submitting"}>
          {t(title)}
        </button>
      </Form>
      {children}
    </div>
  )
}
