import { data, Form, Link, redirect, useLocation, useNavigation } from "react-router"
import type { Route } from "./+types/seller.product"
import { SellerNav } from "../components/SellerNav"
import { Notice, ProductImage, TextField } from "../components/ui"
import { langFromPath, localePath, translate, useT, type MessageKey } from "../i18n"
import { translateWholesale } from "../i18n/wholesale"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { imageView } from "../lib/products"
import { movedImage, withoutImage, withUploads } from "../lib/seller-images"
import {
  chosenFiles,
  productImageFromUpload,
  refusal,
  requireSeller,
  sellerApi,
  sellerUpload,
  type SellerImage,
  type SellerProduct,
} from "../lib/seller.server"
import { uploadSrcSet, type UploadedImage } from "../lib/seller"
import { commitSession } from "../lib/session.server"
import { isNotFound } from "../lib/medusa.server"
import { safeSrcSet, safeUrl } from "../lib/safe-url"
import { formIntent } from "../lib/intent.server"

export const headers = cacheHeaders

export function meta({ location, data: loaderData }: Route.MetaArgs) {
  const lang = langFromPath(location.pathname)
  const title = loaderData?.product?.title ?? translate(lang, "seller.product_new")
  return [{ title: `${title} — ${translate(lang, "seller.portal")}` }, { name: "robots", content: "noindex" }]
}

async function loadProduct(token: string, id: string) {
  try {
    const { product } = await sellerApi<{ product: SellerProduct }>(
      token,
      `/sellers/me/products/${encodeURIComponent(id)}`,
    )
    return product
  } catch (error) {
    // Another seller's product is a 404 for this one, as it is for the API.
    if (isNotFound(error)) throw data(null, { status: 404 })
    throw error
  }
}

export async function loader({ request, url, params }: Route.LoaderArgs) {
  const { token, seller } = await requireSeller(request, url, langFromPath(url.pathname))
  const product = params.id === "new" ? null : await loadProduct(token, params.id)
  return data({ sellerName: seller.legal_name, product }, { headers: privateNoStore })
}

type VariantRow = { id: string; title: string; title_en: string; sku: string; price_vnd: string; stock: string }
type RowErrors = Partial<Record<"title" | "sku" | "price_vnd" | "stock", MessageKey>>

const WHOLE = /^\d+$/

/**
 * The variant rows of the form (the empty spare row and rows ticked for removal are skipped),
 * with their errors. A new variant needs its SKU; an existing one keeps it.
 */
function readVariants(form: FormData) {
  const column = (name: string) => form.getAll(name).map((value) => String(value).trim())
  const removed = new Set(column("remove_variant"))
  const ids = column("variant_id")
  const titles = column("variant_title")
  const titlesEn = column("variant_title_en")
  const skus = column("sku")
  const prices = column("price_vnd").map((price) => price.replace(/[.\s,₫đ]/g, ""))
  const stocks = column("stock")
  const rows: VariantRow[] = titles
    .map((title, i) => ({
      id: ids[i] ?? "",
      title,
      title_en: titlesEn[i] ?? "",
      sku: skus[i] ?? "",
      price_vnd: prices[i] ?? "",
      stock: stocks[i] ?? "",
    }))
    .filter((row) => row.id || row.title || row.sku || row.price_vnd || row.stock)
    .filter((row) => !removed.has(row.id))
  const errors: RowErrors[] = rows.map((row) => {
    const rowErrors: RowErrors = {}
    if (!row.title) rowErrors.title = "error.required"
    if (!row.id && !row.sku) rowErrors.sku = "error.required"
    if (!WHOLE.test(row.price_vnd) || Number(row.price_vnd) <= 0) rowErrors.price_vnd = "error.price.invalid"
    if (!WHOLE.test(row.stock)) rowErrors.stock = "error.stock.invalid"
    return rowErrors
  })
  return { rows, errors, removed: [...removed] }
}

export async function action({ request, url, params }: Route.ActionArgs) {
  const lang = langFromPath(url.pathname)
  const { token, session } = await requireSeller(request, url, lang)
  const form = await request.formData()
  const intent = formIntent(form, ["save", "publish", "image_remove", "image_earlier", "image_later", "upload"])
  const productPath = `/sellers/me/products/${encodeURIComponent(params.id)}`

  if (intent === "publish") {
    try {
      await sellerApi(token, `${productPath}/publish`, { method: "POST" })
    } catch (error) {
      return data(
        { refusal: refusal(error, lang), uploaded: null, errors: null, values: null },
        { status: 400, headers: privateNoStore },
      )
    }
    session.flash("flash", { kind: "success", key: "seller.published" })
    return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
  }

  // Remove an image, or move it one place earlier or later (the first is the product's thumbnail).
  if (intent === "image_remove" || intent === "image_earlier" || intent === "image_later") {
    const product = await loadProduct(token, params.id)
    const imageUrl = String(form.get("image_url") ?? "")
    const current = product.images ?? []
    const images =
      intent === "image_remove"
        ? withoutImage(current, imageUrl)
        : movedImage(current, imageUrl, intent === "image_earlier" ? -1 : 1)
    try {
      await sellerApi(token, productPath, { method: "POST", body: { images } })
    } catch (error) {
      return data(
        { refusal: refusal(error, lang), uploaded: null, errors: null, values: null },
        { status: 400, headers: privateNoStore },
      )
    }
    session.flash("flash", { kind: "success", key: "seller.images_saved" })
    return redirect(url.pathname, { headers: { "Set-Cookie": await commitSession(request, session) } })
  }

  const files = chosenFiles(form, "images")
  if (intent === "upload") {
    const product = await loadProduct(token, params.id)
    try {
      const { files: uploaded } = await sellerUpload<{ files: UploadedImage[] }>(token, "/sellers/me/uploads", files)
      const images: SellerImage[] = withUploads(product.images ?? [], uploaded.map(productImageFromUpload))
      await sellerApi(token, productPath, { method: "POST", body: { images } })
      return data({ refusal: null, uploaded, errors: null, values: null }, { headers: privateNoStore })
    } catch (error) {
      return data(
        { refusal: refusal(error, lang), uploaded: null, errors: null, values: null },
        { status: 400, headers: privateNoStore },
      )
    }
  }

  const values = {
    title: String(form.get("title") ?? "").trim(),
    title_en: String(form.get("title_en") ?? "").trim(),
    description: String(form.get("description") ?? "").trim(),
  }
  const { rows, errors: rowErrors, removed } = readVariants(form)
  const errors = { title: values.title ? undefined : ("error.required" as MessageKey), variants: rowErrors }
  if (errors.title || rowErrors.some((row) => Object.keys(row).length) || !rows.length) {
    return data(
      { refusal: null, uploaded: null, errors, values: { ...values, rows } },
      { status: 400, headers: privateNoStore },
    )
  }
  // An English name left empty removes it: the English pages then show the Vietnamese one.
  const variant = (row: VariantRow) => ({
    title: row.title,
    title_en: row.title_en,
    price_vnd: Number(row.price_vnd),
    stock: Number(row.stock),
  })
  const creating = params.id === "new"
  // Creating: every row goes with the product. Editing: existing rows are edited in place, new
  // ones added and ticked ones removed through the product's variant routes.
  const added = creating ? [] : rows.filter((row) => !row.id)
  const body: Record<string, unknown> = {
    title: values.title,
    title_en: values.title_en,
    description: values.description || undefined,
    variants: creating
      ? rows.map((row) => ({ sku: row.sku, ...variant(row) }))
      : rows.filter((row) => row.id).map((row) => ({ id: row.id, ...variant(row) })),
  }
  try {
    if (files.length) {
      const { files: uploaded } = await sellerUpload<{ files: UploadedImage[] }>(token, "/sellers/me/uploads", files)
      const existing = creating ? [] : ((await loadProduct(token, params.id)).images ?? [])
      body.images = withUploads(existing, uploaded.map(productImageFromUpload))
    }
    const { product } = await sellerApi<{ product: SellerProduct }>(
      token,
      creating ? "/sellers/me/products" : productPath,
      { method: "POST", body },
    )
    for (const row of added) {
      await sellerApi(token, `${productPath}/variants`, { method: "POST", body: { sku: row.sku, ...variant(row) } })
    }
    for (const id of removed) {
      await sellerApi(token, `${productPath}/variants/${encodeURIComponent(id)}`, { method: "DELETE" })
    }
    session.flash("flash", { kind: "success", key: "seller.saved" })
    return redirect(localePath(lang, `/seller/products/${product.id}`), {
      headers: { "Set-Cookie": await commitSession(request, session) },
    })
  } catch (error) {
    return data(
      { refusal: refusal(error, lang), uploaded: null, errors: null, values: { ...values, rows } },
      { status: 400, headers: privateNoStore },
    )
  }
}

const EMPTY_ROW: VariantRow = { id: "", title: "", title_en: "", sku: "", price_vnd: "", stock: "" }

export default function SellerProductPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, href, lang } = useT()
  const navigation = useNavigation()
  const location = useLocation()
  const { product } = loaderData
  const busy = navigation.state === "submitting"
  const values = actionData?.values
  // A spare empty row adds a variant; an existing one can be ticked for removal.
  const rows: VariantRow[] =
    values?.rows ??
    (product
      ? [
          ...product.variants.map((variant) => ({
            id: variant.id,
            title: variant.title,
            title_en: variant.title_en ?? "",
            sku: variant.sku ?? "",
            price_vnd: String(variant.price_vnd),
            stock: String(variant.stock),
          })),
          EMPTY_ROW,
        ]
      : [EMPTY_ROW, EMPTY_ROW])
  const rowErrors = actionData?.errors?.variants ?? []
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{product ? t("seller.product_edit") : t("seller.product_new")}</h1>
      {actionData?.refusal ? <Notice kind="error">{t("seller.refused", { reason: actionData.refusal })}</Notice> : null}
      {product ? (
        <p>
          {t(
            product.published && product.status === "published"
              ? "seller.product_published"
              : "seller.product_not_published",
          )}
        </p>
      ) : null}
      {product ? (
        <p>
          <Link to={href(`/seller/products/${product.id}/wholesale`)}>
            {translateWholesale(lang, "seller.wholesale")}
          </Link>
        </p>
      ) : null}

      {/* A new form after each navigation (a save redirects here): the browser would otherwise keep
          the files chosen for the last save in the file input and upload them again on the next. */}
      <Form key={location.key} method="post" encType="multipart/form-data" noValidate>
        <input type="hidden" name="intent" value="save" />
        <TextField
          name="title"
          label={t("seller.product_title")}
          required
          defaultValue={values?.title ?? product?.title}
          error={actionData?.errors?.title}
        />
        <TextField
          name="title_en"
          label={t("seller.product_title_en")}
          hint={t("seller.title_en_hint")}
          defaultValue={values?.title_en ?? product?.title_en ?? ""}
        />
        <TextField
          name="description"
          label={t("seller.product_description")}
          rows={4}
          defaultValue={values?.description ?? product?.description ?? ""}
        />
        <fieldset>
          <legend>{t("seller.variants")}</legend>
          <p className="hint">{t("seller.variant_hint")}</p>
          {rows.map((row, i) => (
            <fieldset key={`${row.id}-${i}`} className="variant-row">
              <legend>{t("seller.variant", { n: i + 1 })}</legend>
              <input type="hidden" name="variant_id" value={row.id} />
              <TextField
                id={`v${i}-title`}
                name="variant_title"
                label={t("seller.variant_title")}
                defaultValue={row.title}
                error={rowErrors[i]?.title}
              />
              <TextField
                id={`v${i}-title-en`}
                name="variant_title_en"
                label={t("seller.variant_title_en")}
                defaultValue={row.title_en}
              />
              <TextField
                id={`v${i}-sku`}
                name="sku"
                label={t("seller.sku")}
                defaultValue={row.sku}
                readOnly={Boolean(row.id)}
                error={rowErrors[i]?.sku}
              />
              <TextField
                id={`v${i}-price`}
                name="price_vnd"
                label={t("seller.price_vnd")}
                inputMode="numeric"
                defaultValue={row.price_vnd}
                error={rowErrors[i]?.price_vnd}
              />
              <TextField
                id={`v${i}-stock`}
                name="stock"
                label={t("seller.stock")}
                inputMode="numeric"
                defaultValue={row.stock}
                error={rowErrors[i]?.stock}
              />
              {row.id ? (
                <label className="checkbox">
                  <input type="checkbox" name="remove_variant" value={row.id} /> {t("seller.variant_remove")}
                </label>
              ) : null}
            </fieldset>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="f-images">{t("seller.image_add")}</label>
          <p className="hint" id="f-images-hint">
            {t("seller.image_hint")}
          </p>
          <input
            id="f-images"
            name="images"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp,image/avif"
            aria-describedby="f-images-hint"
          />
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {t("seller.save")}
        </button>
      </Form>

      {product ? (
        <>
          <h2>{t("seller.images")}</h2>
          {actionData?.uploaded?.length ? (
            <Notice kind="success">
              {t("seller.image_uploaded")}
              {actionData.uploaded.map((image) => (
                <figure key={image.id} className="upload-preview">
                  <img
                    src={safeUrl(image.url)}
                    srcSet={safeSrcSet(uploadSrcSet(image))}
                    sizes="(max-width: 640px) 100vw, 640px"
                    width={image.width}
                    height={image.height}
                    alt={product.title}
                  />
                  <figcaption>
                    {t("seller.image_sizes", {
                      sizes: image.variants.map((v) => `${v.format} ${v.width}w`).join(", "),
                    })}
                  </figcaption>
                </figure>
              ))}
            </Notice>
          ) : null}
          <ol className="image-list">
            {(product.images ?? []).map((image, index, all) => (
              <li key={image.url}>
                <ProductImage image={imageView(image)} alt={product.title} sizes="200px" width={200} height={200} />
                <Form method="post" className="image-actions">
                  <input type="hidden" name="image_url" value={image.url} />
                  <span className="small">{t("seller.image_position", { n: index + 1, count: all.length })}</span>
                  {index > 0 ? (
                    <button type="submit" name="intent" value="image_earlier" className="button small" disabled={busy}>
                      {t("seller.image_earlier")}
                    </button>
                  ) : null}
                  {index < all.length - 1 ? (
                    <button type="submit" name="intent" value="image_later" className="button small" disabled={busy}>
                      {t("seller.image_later")}
                    </button>
                  ) : null}
                  <button type="submit" name="intent" value="image_remove" className="button small" disabled={busy}>
                    {t("seller.image_remove")}
                  </button>
                </Form>
              </li>
            ))}
          </ol>
          <Form key={location.key} method="post" encType="multipart/form-data" noValidate>
            <input type="hidden" name="intent" value="upload" />
            <label htmlFor="f-upload">{t("seller.image_add")}</label>
            <input
              id="f-upload"
              name="images"
              type="file"
              multiple
              required
              accept="image/jpeg,image/png,image/webp,image/avif"
            />
            <button type="submit" className="button secondary" disabled={busy}>
              {t("seller.image_submit")}
            </button>
          </Form>

          <p>
            <Link to={href(`/seller/products/${product.id}/story`)}>{t("story.editor")}</Link>
          </p>

          <Form method="post">
            <input type="hidden" name="intent" value="publish" />
            <button
              type="submit"
              className="button primary"
              disabled={busy || (product.published && product.status === "published")}
            >
              {t("seller.publish")}
            </button>
          </Form>
        </>
      ) : null}
    </>
  )
}
