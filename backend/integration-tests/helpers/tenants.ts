import { placeCodOrder } from "./checkout"
import { customer } from "./customers"
import { certifyProduct, productBody, sellerMember, sellerPartOf } from "./sellers"
import { sellerWithProduct, verifiedDistributor } from "./wholesale"

type Headers = { headers: Record<string, string> }

const TOURISM = { product_group: 6, subgroup: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch" }

/** A date `days` ahead in Vietnam, as a cooperative types it. */
function dayAhead(days: number) {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Two of every kind of tenant, each holding one of everything a route can name by id, for the
 * denial tests: a request of one tenant naming the other's ids finds nothing.
 *  - cooperatives `coop` and `rival` (approved, a certified published product each, a lot each),
 *    `coop` with an accountant, its product's story, a tourism service with a slot, a live session,
 *    a delivered order part, a return asked for by `buyer`, a review, a (reported) message thread,
 *    a distributor's quote and order;
 *  - customers `buyer` (the order, return, review, thread, follow) and `stranger`;
 *  - distributors `distributor` (an order, the quote, an invitation to a buyer) and `rivalDistributor`.
 * Built once (a spec's beforeAll), through the HTTP API as the storefront, the portal and the
 * operator do.
 */
export async function twoOfEachTenant(api: any, demo: { admin: Headers; publishableKey: string; regionId: string }) {
  const admin = demo.admin
  const coop = await sellerWithProduct(api, admin, 81, [
    { title: "Hộp 500 g", sku: "SW81", price_vnd: 390_000, stock: 500 },
  ])
  const rival = await sellerWithProduct(api, admin, 82, [
    { title: "Hộp 500 g", sku: "SW82", price_vnd: 250_000, stock: 500 },
  ])
  const coopVariant = coop.product.variants[0].id
  const rivalVariant = rival.product.variants[0].id

  // The cooperative's accountant (reads payouts only)
  const accountant = await sellerMember(api, coop.headers, "ketoan81@example.vn", "accountant")
  const rivalMemberId: string = (await api.get("/sellers/me/members", rival.headers)).data.members[0].id

  // Lots: a trade item (GTIN) for each variant, a lot of each
  const lots: Record<string, string> = {}
  for (const [seller, variant, gtin, code] of [
    [coop, coopVariant, "8936123450038", "SW-81"],
    [rival, rivalVariant, "8930000000026", "SW-82"],
  ] as const) {
    await api.post("/admin/ocop/trade-items", { variant_id: variant, gtin }, admin)
    const { data } = await api.post(
      "/sellers/me/lots",
      {
        variant_id: variant,
        lot_code: code,
        production_date: "2025-10-01",
        quantity_produced: 200,
        origin_area: "Xã Bắc Hà, tỉnh Lào Cai",
      },
      seller.headers,
    )
    lots[seller === coop ? "coop" : "rival"] = data.lot.id
    await api.post(
      `/sellers/me/lots/${data.lot.id}/events`,
      {
        event_type: "ObjectEvent",
        action: "ADD",
        biz_step: "commissioning",
        disposition: "active",
        event_time: "2025-10-01T06:30:00+07:00",
        quantities: [{ quantity: 200, uom: "KGM" }],
      },
      seller.headers,
    )
  }

  // The story of the cooperative's product
  await api.post(
    `/sellers/me/products/${coop.product.id}/story`,
    {
      title: "Mật ong từ cao nguyên đá",
      body: "Những đàn ong bay giữa rừng bạc hà dại trên cao nguyên đá Đồng Văn mỗi mùa thu.",
    },
    coop.headers,
  )

  // A tourism service of the cooperative, with a slot
  const service = await api.post(
    "/sellers/me/products",
    productBody("SV81", {
      title: "Homestay bản Nậm Cang",
      product_group: 6,
      variants: [{ title: "Một đêm", sku: "SV81-1D", price_vnd: 350_000, stock: 0 }],
    }),
    coop.headers,
  )
  const serviceProduct: string = service.data.product.id
  await certifyProduct(api, admin, coop.subjectId, serviceProduct, "8181/QĐ-UBND", TOURISM)
  await api.post(`/sellers/me/products/${serviceProduct}/publish`, {}, coop.headers)
  const slot = await api.post(
    "/sellers/me/tourism/slots",
    { variant_id: service.data.product.variants[0].id, date: dayAhead(20), time: "08:00", capacity: 8 },
    coop.headers,
  )

  // A live session with the cooperative's product pinned
  const { data: live } = await api.post(
    "/admin/ocop/events",
    {
      handle: "phien-live-sw81",
      title: "Phiên live mật ong",
      kind: "live",
      starts_at: dayAhead(10) + "T19:00:00+07:00",
      ends_at: dayAhead(10) + "T21:00:00+07:00",
      stream_url: "https://www.facebook.com/htx/live",
      producer_ids: [coop.subjectId],
    },
    admin,
  )
  await api.post(
    `/admin/ocop/events/${live.event.id}/pins`,
    { product_id: coop.product.id, discount: { type: "percentage", value: 10 } },
    admin,
  )

  // Customers; the buyer's order holds a part of each cooperative, the cooperative's part delivered
  const buyer = await customer(api, demo.publishableKey, "nguoimua81@example.vn")
  const stranger = await customer(api, demo.publishableKey, "nguoila82@example.vn")
  const order = await placeCodOrder(api, buyer, {
    regionId: demo.regionId,
    email: "nguoimua81@example.vn",
    lines: [
      { variant_id: coopVariant, quantity: 2 },
      { variant_id: rivalVariant, quantity: 1 },
    ],
  })
  const coopLine = order.items.find((item) => item.variant_id === coopVariant)!
  const coopPart = await sellerPartOf(api, coop.headers, { id: order.id, items: [coopLine] })
  const rivalPart = await sellerPartOf(api, rival.headers, {
    id: order.id,
    items: order.items.filter((item) => item.variant_id === rivalVariant),
  })
  await api.post(`/sellers/me/orders/${coopPart.id}/accept`, {}, coop.headers)
  await api.post(`/sellers/me/orders/${coopPart.id}/ship`, { tracking_number: "VNP81001" }, coop.headers)
  await api.post(`/sellers/me/orders/${coopPart.id}/deliver`, {}, coop.headers)
  const { data: asked } = await api.post(
    `/store/ocop/orders/${order.id}/returns`,
    {
      seller_order_id: coopPart.id,
      reason: "damaged",
      note: "Một hũ bị vỡ khi nhận",
      lines: [{ item_id: coopLine.id, quantity: 1 }],
      refund_account: { bank: "Vietcombank", account_number: "0123456789", holder: "NGUYEN THI LAN" },
    },
    buyer,
  )
  const { data: reviewed } = await api.post(
    "/store/ocop/reviews",
    { line_item_id: coopLine.id, rating: 5, title: "Mật ong thơm", text: "Mật ong thơm, đóng gói cẩn thận." },
    buyer,
  )
  const { data: thread } = await api.post(
    "/store/messages/threads",
    { product_id: coop.product.id, body: "Sản phẩm còn hàng không ạ?" },
    buyer,
  )
  // Reported: the operator may read it
  await api.post(`/store/messages/threads/${thread.thread.id}/report`, { reason: "Hỏi giá nhiều lần" }, buyer)
  const { data: follow } = await api.post(
    "/store/ocop/follows",
    { target_type: "province", target_id: "Lào Cai" },
    buyer,
  )
  const { data: cart } = await api.post("/store/carts", { region_id: demo.regionId }, buyer)

  // Distributors: a quote of the first to the cooperative, an invitation of the first to a buyer
  const distributor = await verifiedDistributor(api, admin, demo.publishableKey, 81)
  const rivalDistributor = await verifiedDistributor(api, admin, demo.publishableKey, 82)
  const { data: quoted } = await api.post(
    "/store/wholesale/quotes",
    { lines: [{ variant_id: coopVariant, quantity: 20 }] },
    distributor,
  )
  const { data: invited } = await api.post(
    "/store/distributors/me/members",
    { email: "muahang81@example.vn", role: "buyer", spending_limit: 5_000_000 },
    distributor,
  )

  const wholesaleOrder = await placeCodOrder(api, distributor, {
    regionId: demo.regionId,
    email: distributor.email,
    lines: [{ variant_id: coopVariant, quantity: 1 }],
  })

  const wholesalePart = await sellerPartOf(api, coop.headers, wholesaleOrder)

  const firstNotification = async (url: string, who: Headers) =>
    ((await api.get(url, who)).data.notifications?.[0]?.id as string | undefined) ?? null

  return {
    coop,
    rival,
    accountant,
    buyer,
    stranger,
    distributor,
    rivalDistributor,
    ids: {
      coopProduct: coop.product.id,
      coopVariant,
      rivalProduct: rival.product.id,
      rivalVariant,
      rivalMember: rivalMemberId,
      coopLot: lots.coop,
      rivalLot: lots.rival,
      serviceProduct,
      slot: slot.data.slot.id as string,
      liveSession: live.event.id as string,
      order: order.id,
      wholesaleOrder: wholesaleOrder.id,
      wholesalePart: wholesalePart.id as string,
      orderToken: order.access_token,
      coopPart: coopPart.id as string,
      coopPartNumber: coopPart.number as string,
      rivalPart: rivalPart.id as string,
      coopLine: coopLine.id,
      return: asked.return.id as string,
      review: reviewed.review.id as string,
      thread: thread.thread.id as string,
      follow: follow.follow.id as string,
      cart: cart.cart.id as string,
      quote: quoted.quotes[0].id as string,
      invitation: invited.member.id as string,
      buyerNotification: await firstNotification("/store/ocop/notifications", buyer),
      coopNotification: await firstNotification("/sellers/me/notifications", coop.headers),
      coopHandle: (await api.get(`/sellers/me/products/${coop.product.id}`, coop.headers)).data.product
        .handle as string,
    },
  }
}

export type Tenants = Awaited<ReturnType<typeof twoOfEachTenant>>
