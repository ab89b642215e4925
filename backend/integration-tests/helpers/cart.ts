import { firstDemoVariant } from "./variants"

/** Store-API shopping as the storefront does it: a demo product's first size, a cart with lines. */

type Api = any
type Store = { headers: Record<string, string> }

export async function firstVariantId(api: Api, store: Store, regionId: string, productId: string): Promise<string> {
  const { data } = await api.get(
    `/store/products?id=${productId}&region_id=${regionId}&fields=id,handle,*variants`,
    store,
  )
  return firstDemoVariant(data.products[0]).id
}

export async function createCart(
  api: Api,
  store: Store,
  regionId: string,
  lines: { variant_id: string; quantity: number }[],
) {
  const { data } = await api.post("/store/carts", { region_id: regionId, email: "khach@example.com" }, store)
  for (const line of lines) await api.post(`/store/carts/${data.cart.id}/line-items`, line, store)
  return data.cart.id as string
}
