import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/seller.product.story"
import { SellerNav } from "../components/SellerNav"
import { Notice, TextField } from "../components/ui"
import { formatDate, langFromPath, localePath, translate, useT, type MessageKey } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { isNotFound } from "../lib/medusa.server"
import { refusal, requireSeller, sellerApi, type SellerProduct } from "../lib/seller.server"
import { nameInLang } from "../lib/products"
import { commitSession } from "../lib/session.server"
import type { ProductStory } from "../lib/stories.server"

export const headers = cacheHeaders

export function meta({ location, data: loaderData }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  return [
    {
      title: `${translate(lang, "story.editor")} — ${loaderData?.product?.title ?? ""} — ${translate(lang, "seller.portal")}`,
    },
    { name: "robots", content: "noindex" },
  ]
}

/** The seller's own product and its story (null before the first one); another seller's product is a 404. */
export async function loader({ request, url, params }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const path = `/sellers/me/products/${encodeURIComponent(params.id)}`
  let product: SellerProduct
  try {
    product = (await sellerApi<{ product: SellerProduct }>(token, path)).product
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
  const story = await sellerApi<{ story: ProductStory }>(token, `${path}/story`)
    .then((body) => body.story)
    .catch((error) => {
      if (isNotFound(error)) return null
      throw error
    })
  return data(
    { sellerName: seller.legal_name, product: { ...product, title: nameInLang(lang, product.title, product) }, story },
    { headers: privateNoStore },
  )
}

type Values = { title: string; body: string; photos: string; video_url: string }
type Errors = Partial<Record<keyof Values, MessageKey>>

/** Publishes the story (the API checks the video link and the photos, and names the field it refuses). */
export async function action({ request, url, params }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session } = await requireSeller(request, url, lang)
  const form = await request.formData()
  const values: Values = {
    title: String(form.get("title") ?? "").trim(),
    body: String(form.get("body") ?? "").trim(),
    photos: String(form.get("photos") ?? "").trim(),
    video_url: String(form.get("video_url") ?? "").trim(),
  }
  const errors: Errors = {}
  if (!values.title) errors.title = "error.required"
  if (!values.body) errors.body = "error.required"
  if (Object.keys(errors).length)
    return data({ errors, refusal: null, values }, { status: 400, headers: privateNoStore })
  try {
    await sellerApi(token, `/sellers/me/products/${encodeURIComponent(params.id)}/story`, {
      method: "POST",
      body: {
        title: values.title,
        body: values.body,
        photos: values.photos.split(/\s+/).filter(Boolean),
        video_url: values.video_url || null,
      },
    })
  } catch (error) {
    if (isNotFound(error)) throw data(null, { status: 404 })
    return data({ errors: null, refusal: refusal(error, lang), values }, { status: 400, headers: privateNoStore })
  }
  session.flash("flash", { kind: "success", key: "story.saved" })
  return redirect(localePath(lang, `/seller/products/${params.id}/story`), {
    headers: { "Set-Cookie": await commitSession(request, session) },
  })
}

export default function SellerProductStoryPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const navigation = useNavigation()
  const { product, story } = loaderData
  const values = actionData?.values
  const errors = actionData?.errors ?? {}
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <p>
        <Link to={href(`/seller/products/${product.id}`)}>← {product.title}</Link>
      </p>
      <h1>{t("story.editor")}</h1>
      <p className="intro">{t("story.editor_intro")}</p>
      {actionData?.refusal ? <Notice kind="error">{t("seller.refused", { reason: actionData.refusal })}</Notice> : null}
      {story ? <p className="small">{t("story.published", { date: formatDate(story.published_at, lang) })}</p> : null}
      <Form method="post" noValidate className="story-form">
        <TextField
          name="title"
          label={t("story.title")}
          required
          defaultValue={values?.title ?? story?.title}
          error={errors.title}
          maxLength={200}
        />
        <TextField
          name="body"
          label={t("story.body")}
          rows={10}
          required
          defaultValue={values?.body ?? story?.body ?? ""}
          error={errors.body}
        />
        <TextField
          name="photos"
          label={t("story.photos")}
          hint={t("story.photos_hint")}
          rows={3}
          defaultValue={values?.photos ?? story?.photos.join("\n") ?? ""}
        />
        <TextField
          name="video_url"
          type="url"
          label={t("story.video_url")}
          hint={t("story.video_hint")}
          defaultValue={values?.video_url ?? story?.video_url ?? ""}
        />
        <button type="submit" className="button primary" disabled={navigation.state === "submitting"}>
          {t("story.publish")}
        </button>
      </Form>
    </>
  )
}
