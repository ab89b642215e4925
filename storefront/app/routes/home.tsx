import type { Route } from "./+types/home"
import { formatMoney } from "../lib/money"
import { getVietnamRegionId, sdk } from "../lib/medusa.server"

export function meta() {
  return [
    { title: "Chợ OCOP — Sản phẩm OCOP chính hãng từ 34 tỉnh thành" },
    { name: "description", content: "Mua sản phẩm OCOP 3, 4, 5 sao có chứng nhận, trực tiếp từ hợp tác xã và nhà sản xuất Việt Nam." },
  ]
}

export async function loader() {
  const regionId = await getVietnamRegionId()
  const { products, count } = await sdk.store.product.list({
    limit: 24,
    order: "-created_at",
    region_id: regionId,
    fields: "id,title,handle,thumbnail,metadata,*variants.calculated_price",
  })
  return {
    count,
    products: products.map((product) => {
      const price = product.variants?.[0]?.calculated_price
      return {
        id: product.id,
        title: product.title,
        titleEn: (product.metadata?.title_en as string | undefined) ?? null,
        thumbnail: product.thumbnail,
        price: price?.calculated_amount != null ? formatMoney(Number(price.calculated_amount), price.currency_code ?? "vnd") : null,
      }
    }),
  }
}

export function headers() {
  return { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" }
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { products, count } = loaderData
  return (
    <>
      <header className="site-header">
        <h1>Chợ OCOP</h1>
        <p>Sản phẩm OCOP chính hãng — Genuine OCOP products of Vietnam</p>
      </header>
      <main className="page">
        <h2>Sản phẩm mới ({count})</h2>
        <ul className="product-grid" aria-label="Sản phẩm">
          {products.map((product) => (
            <li key={product.id} className="product-card">
              {product.thumbnail ? <img src={product.thumbnail} alt="" loading="lazy" width={400} height={400} /> : null}
              <div className="body">
                <h2>{product.title}</h2>
                {product.titleEn ? <p className="en" lang="en">{product.titleEn}</p> : null}
                {product.price ? <p className="price">{product.price}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      </main>
    </>
  )
}
