import { data, Link } from "react-router"
import type { Route } from "./+types/seller.products"
import { SellerNav } from "../components/SellerNav"
import { Money } from "../components/ui"
import { langFromPath, useT } from "../i18n"
import { cacheHeaders, privateNoStore } from "../lib/http.server"
import { Pages } from "../components/Pages"
import { listPage, pageCount } from "../lib/list-page"
import { nameInLang } from "../lib/products"
import { requireSeller, sellerApi, type SellerProduct } from "../lib/seller.server"
import { privatePageMeta } from "../lib/seo"

export const headers = cacheHeaders

export const meta = privatePageMeta("seller.products")

const PAGE_SIZE = 20

export async function loader({ request, url }: Route.LoaderArgs) {
  const lang = langFromPath(url.pathname)
  const { token, seller } = await requireSeller(request, url, lang)
  const { page, limit, offset } = listPage(url, PAGE_SIZE)
  const { products, count } = await sellerApi<{ products: SellerProduct[]; count: number }>(
    token,
    `/sellers/me/products?limit=${limit}&offset=${offset}`,
  )
  return data(
    {
      sellerName: seller.legal_name,
      // Each product by its name in the page's language (the English one the seller gave, else Vietnamese).
      products: products.map((product) => ({ ...product, title: nameInLang(lang, product.title, product) })),
      page,
      pages: pageCount(count, limit),
    },
    { headers: privateNoStore },
  )
}

export default function SellerProducts({ loaderData }: Route.ComponentProps) {
  const { t, href } = useT()
  return (
    <>
      <SellerNav sellerName={loaderData.sellerName} />
      <h1>{t("seller.products")}</h1>
      <p>
        <Link to={href("/seller/products/new")} className="button primary">
          {t("seller.product_new")}
        </Link>
      </p>
      {loaderData.products.length ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("seller.product_title")}</th>
              <th scope="col">{t("seller.price_vnd")}</th>
              <th scope="col">{t("seller.stock")}</th>
              <th scope="col">{t("seller.product_status")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.products.map((product) => (
              <tr key={product.id}>
                <td>
                  <Link to={href(`/seller/products/${product.id}`)}>{product.title}</Link>
                </td>
                <td>
                  {product.variants.map((variant) => (
                    <div key={variant.id}>
                      <Money amount={variant.price_vnd} />
                    </div>
                  ))}
                </td>
                <td>{product.variants.reduce((sum, variant) => sum + (variant.stock ?? 0), 0)}</td>
                <td>
                  {t(
                    product.published && product.status === "published"
                      ? "seller.product_published"
                      : "seller.product_not_published",
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("seller.products_none")}</p>
      )}
      <Pages page={loaderData.page} pages={loaderData.pages} />
    </>
  )
}
