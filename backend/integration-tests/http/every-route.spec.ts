import fc from "fast-check"
import { executeWithConcurrency } from "@medusajs/framework/utils"
import { demoStore } from "../helpers/demo-store"
import { settle } from "../helpers/ocop"
import { appRoutes, routeMatches, type RouteMethod } from "../helpers/routes"
import { changedRows, rowCounts } from "../helpers/row-counts"
import { twoOfEachTenant, type Tenants } from "../helpers/tenants"
import { integrationTestRunner } from "../helpers/test-runner"

/**
 * Every route of the app, as its users and attackers meet it: each method of each `route.ts` of
 * the plugins and the backend has an entry below (a new route without one fails the first test),
 * and each is tried
 *  - with no credentials and with another kind of actor's (401), with a seller member whose role
 *    does not cover it (403), and without the publishable key where Medusa requires one (400);
 *  - by one tenant with another tenant's ids in its path (404: another cooperative's product,
 *    lot, order, return, quote, session; another customer's order, return, review, thread,
 *    follow; another distributor's quote, invitation), and nothing written;
 *  - with generated bad query parameters and path ids (fast-check): never a 5xx, a refusal says
 *    why, a bad page is a 400 naming `limit` or `offset`, and nothing is written.
 */

/**
 * Who a route serves, and so who is turned away:
 *  - `public`: anyone holding the store's publishable key;
 *  - `customer`: a signed-in customer (a store route);
 *  - `buyer`: an order's buyer, signed in (or a guest holding the order's token);
 *  - `distributor`: a signed-in customer acting for a distributor company;
 *  - `seller`: a member of a cooperative (/sellers/me…);
 *  - `signup`: an identity registering as a seller (registration token);
 *  - `admin`: an operator (/admin…);
 *  - `signed-in`: any actor's bearer token.
 */
type Audience = "public" | "customer" | "buyer" | "distributor" | "seller" | "signup" | "admin" | "signed-in"
type Who = { headers: Record<string, string> }

type Entry = {
  for: Audience
  /** The path with the caller's own ids. */
  path: () => string
  /** Query parameters of a good request (also the ones the generated run corrupts). */
  query?: Record<string, string> | (() => Record<string, string>)
  /** The status of the caller's own GET (200 unless said); `null`: not tried (it changes state or needs a file). */
  ok?: number | null
  /** A seller route the cooperative's accountant may not use (403). */
  notAccountant?: true
  /** Another tenant's ids: [caller, path, body] → 404 (or `status`), nothing written. */
  foreign?: () => { who: Who; path: string; body?: unknown; status?: number[] }[]
  /** A list route: `limit` and `offset` out of bounds are a 400 naming them. */
  list?: true
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const demo = demoStore(api, getContainer, { productLimit: 2 })
    let t: Tenants
    const more: Record<string, string> = {}

    beforeAll(async () => {
      t = await twoOfEachTenant(api, demo)
      const first = async (url: string, key: string) => (await api.get(url, demo.admin)).data[key][0].id as string
      more.certificate = await first("/admin/ocop/certificates", "certificates")
      more.tradeItem = await first("/admin/ocop/trade-items", "trade_items")
      more.company = t.distributor.company.id
      more.event = (await api.get(`/admin/ocop/lots/${t.ids.coopLot}`, demo.admin)).data.events[0]?.id ?? "tev_none"
    })

    const ids = () => t.ids
    const coop = () => t.coop.headers
    const rival = () => t.rival.headers
    const store = () => demo.store()

    /** Every route's entry, by `METHOD /path` as derived from the route files. */
    const routes: Record<string, Entry> = {
      // —— the backend's own routes
      "GET /admin/catalogue-imports": { for: "admin", path: () => "/admin/catalogue-imports", ok: null },
      "POST /auth/token/revoke": { for: "signed-in", path: () => "/auth/token/revoke" },
      "GET /store/customers/me/guest-orders": { for: "customer", path: () => "/store/customers/me/guest-orders" },
      "POST /store/customers/me/guest-orders": { for: "customer", path: () => "/store/customers/me/guest-orders" },

      // —— marketplace: operators
      "GET /admin/seller-returns": { for: "admin", path: () => "/admin/seller-returns", list: true },
      "GET /admin/seller-returns/:id": { for: "admin", path: () => `/admin/seller-returns/${ids().return}` },
      "POST /admin/seller-returns/:id/decide": {
        for: "admin",
        path: () => `/admin/seller-returns/${ids().return}/decide`,
      },
      "POST /admin/seller-returns/:id/received": {
        for: "admin",
        path: () => `/admin/seller-returns/${ids().return}/received`,
      },
      "GET /admin/sellers": { for: "admin", path: () => "/admin/sellers", list: true, query: { status: "approved" } },
      "GET /admin/sellers/:id": { for: "admin", path: () => `/admin/sellers/${t.coop.seller.id}` },
      "POST /admin/sellers/:id": { for: "admin", path: () => `/admin/sellers/${t.coop.seller.id}` },
      "POST /admin/sellers/:id/approve": { for: "admin", path: () => `/admin/sellers/${t.coop.seller.id}/approve` },
      "POST /admin/sellers/:id/reject": { for: "admin", path: () => `/admin/sellers/${t.coop.seller.id}/reject` },
      "GET /admin/sellers/:id/documents/:document_id/file": {
        for: "admin",
        path: () => `/admin/sellers/${t.coop.seller.id}/documents/sdoc_none/file`,
        ok: 404,
      },

      // —— marketplace: registration
      "POST /sellers": { for: "signup", path: () => "/sellers" },
      "POST /sellers/invites/accept": { for: "signup", path: () => "/sellers/invites/accept" },

      // —— marketplace: the cooperative's portal
      "GET /sellers/me": { for: "seller", path: () => "/sellers/me" },
      "POST /sellers/me": { for: "seller", path: () => "/sellers/me", notAccountant: true },
      "GET /sellers/me/dashboard": { for: "seller", path: () => "/sellers/me/dashboard" },
      "GET /sellers/me/members": { for: "seller", path: () => "/sellers/me/members" },
      "DELETE /sellers/me/members/:id": {
        for: "seller",
        path: () => `/sellers/me/members/${ids().rivalMember}`,
        notAccountant: true,
        foreign: () => [{ who: coop(), path: `/sellers/me/members/${ids().rivalMember}` }],
      },
      "POST /sellers/me/invites": { for: "seller", path: () => "/sellers/me/invites", notAccountant: true },
      "GET /sellers/me/documents": { for: "seller", path: () => "/sellers/me/documents", notAccountant: true },
      "POST /sellers/me/documents": { for: "seller", path: () => "/sellers/me/documents", notAccountant: true },
      "GET /sellers/me/documents/:id/file": {
        for: "seller",
        path: () => "/sellers/me/documents/sdoc_none/file",
        ok: 404,
      },
      "POST /sellers/me/uploads": { for: "seller", path: () => "/sellers/me/uploads", notAccountant: true },
      "GET /sellers/me/products": {
        for: "seller",
        path: () => "/sellers/me/products",
        notAccountant: true,
        list: true,
      },
      "POST /sellers/me/products": { for: "seller", path: () => "/sellers/me/products", notAccountant: true },
      "GET /sellers/me/products/:id": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}`,
        notAccountant: true,
        foreign: () => [{ who: coop(), path: `/sellers/me/products/${ids().rivalProduct}` }],
      },
      "POST /sellers/me/products/:id": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}`,
        notAccountant: true,
        foreign: () => [
          { who: coop(), path: `/sellers/me/products/${ids().rivalProduct}`, body: { title: "Chiếm sản phẩm" } },
        ],
      },
      "DELETE /sellers/me/products/:id": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}`,
        notAccountant: true,
        foreign: () => [{ who: coop(), path: `/sellers/me/products/${ids().rivalProduct}` }],
      },
      "POST /sellers/me/products/:id/publish": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}/publish`,
        notAccountant: true,
        foreign: () => [{ who: coop(), path: `/sellers/me/products/${ids().rivalProduct}/publish`, body: {} }],
      },
      "POST /sellers/me/products/:id/variants": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}/variants`,
        notAccountant: true,
        foreign: () => [
          {
            who: coop(),
            path: `/sellers/me/products/${ids().rivalProduct}/variants`,
            body: { title: "Lọ 1 kg", sku: "SW-STEAL", price_vnd: 700000, stock: 5 },
          },
        ],
      },
      "DELETE /sellers/me/products/:id/variants/:variant_id": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}/variants/${ids().coopVariant}`,
        notAccountant: true,
        foreign: () => [
          { who: coop(), path: `/sellers/me/products/${ids().rivalProduct}/variants/${ids().rivalVariant}` },
          // the cooperative's own product, the rival's variant
          { who: coop(), path: `/sellers/me/products/${ids().coopProduct}/variants/${ids().rivalVariant}` },
        ],
      },
      "GET /sellers/me/trade-items": { for: "seller", path: () => "/sellers/me/trade-items", notAccountant: true },
      "POST /sellers/me/trade-items": {
        for: "seller",
        path: () => "/sellers/me/trade-items",
        notAccountant: true,
        foreign: () => [
          {
            who: coop(),
            path: "/sellers/me/trade-items",
            body: { variant_id: ids().rivalVariant, gtin: "8930000000019" },
            status: [400, 404],
          },
        ],
      },
      "POST /sellers/me/trade-items/prefix": {
        for: "seller",
        path: () => "/sellers/me/trade-items/prefix",
        notAccountant: true,
      },
      "GET /sellers/me/lots": { for: "seller", path: () => "/sellers/me/lots", notAccountant: true, list: true },
      "POST /sellers/me/lots": {
        for: "seller",
        path: () => "/sellers/me/lots",
        notAccountant: true,
        foreign: () => [
          {
            who: coop(),
            path: "/sellers/me/lots",
            body: {
              variant_id: ids().rivalVariant,
              lot_code: "SW-STEAL",
              production_date: "2025-10-01",
              quantity_produced: 10,
              origin_area: "Xã Bắc Hà, tỉnh Lào Cai",
            },
            status: [400, 404],
          },
        ],
      },
      "GET /sellers/me/lots/:id": {
        for: "seller",
        path: () => `/sellers/me/lots/${ids().coopLot}`,
        notAccountant: true,
        foreign: () => [{ who: coop(), path: `/sellers/me/lots/${ids().rivalLot}` }],
      },
      "POST /sellers/me/lots/:id/events": {
        for: "seller",
        path: () => `/sellers/me/lots/${ids().coopLot}/events`,
        notAccountant: true,
        foreign: () => [
          {
            who: coop(),
            path: `/sellers/me/lots/${ids().rivalLot}/events`,
            body: {
              event_type: "ObjectEvent",
              action: "OBSERVE",
              biz_step: "inspecting",
              disposition: "active",
              event_time: "2025-10-02T06:30:00+07:00",
            },
          },
        ],
      },
      "GET /sellers/me/orders": { for: "seller", path: () => "/sellers/me/orders", notAccountant: true, list: true },
      "GET /sellers/me/orders/:id": {
        for: "seller",
        path: () => `/sellers/me/orders/${ids().coopPart}`,
        notAccountant: true,
        foreign: () => [
          { who: coop(), path: `/sellers/me/orders/${ids().rivalPart}` },
          { who: coop(), path: `/sellers/me/orders/${ids().order}` },
        ],
      },
      ...Object.fromEntries(
        (
          [
            ["accept", {}],
            ["pack", {}],
            ["ship", { tracking_number: "VNP99999" }],
            ["deliver", {}],
            ["cancel", { reason: "Hết hàng" }],
          ] as const
        ).map(([action, body]) => [
          `POST /sellers/me/orders/:id/${action}`,
          {
            for: "seller",
            path: () => `/sellers/me/orders/${ids().coopPart}/${action}`,
            notAccountant: true,
            foreign: () => [{ who: coop(), path: `/sellers/me/orders/${ids().rivalPart}/${action}`, body }],
          } satisfies Entry,
        ]),
      ),
      "GET /sellers/me/returns": { for: "seller", path: () => "/sellers/me/returns", notAccountant: true, list: true },
      "GET /sellers/me/returns/:id": {
        for: "seller",
        path: () => `/sellers/me/returns/${ids().return}`,
        notAccountant: true,
        foreign: () => [{ who: rival(), path: `/sellers/me/returns/${ids().return}` }],
      },
      ...Object.fromEntries(
        (
          [
            ["accept", { instructions: "Gửi lại qua bưu điện" }],
            ["refuse", { reason: "Hàng đã mở nắp" }],
            ["received", {}],
          ] as const
        ).map(([action, body]) => [
          `POST /sellers/me/returns/:id/${action}`,
          {
            for: "seller",
            path: () => `/sellers/me/returns/${ids().return}/${action}`,
            notAccountant: true,
            foreign: () => [{ who: rival(), path: `/sellers/me/returns/${ids().return}/${action}`, body }],
          } satisfies Entry,
        ]),
      ),
      "GET /sellers/me/payouts": { for: "seller", path: () => "/sellers/me/payouts", query: { period: "2026-11" } },
      "GET /sellers/me/payouts/statement.csv": {
        for: "seller",
        path: () => "/sellers/me/payouts/statement.csv",
        query: { period: "2026-11" },
      },

      // —— marketplace: buyers' orders and returns
      "GET /store/ocop/orders/:id/returns": {
        for: "buyer",
        path: () => `/store/ocop/orders/${ids().order}/returns`,
        foreign: () => [{ who: t.stranger, path: `/store/ocop/orders/${ids().order}/returns` }],
      },
      "POST /store/ocop/orders/:id/returns": {
        for: "buyer",
        path: () => `/store/ocop/orders/${ids().order}/returns`,
        foreign: () => [
          {
            who: t.stranger,
            path: `/store/ocop/orders/${ids().order}/returns`,
            body: {
              seller_order_id: ids().coopPart,
              reason: "damaged",
              note: "Không phải đơn của tôi",
              lines: [{ item_id: ids().coopLine, quantity: 1 }],
              refund_account: { bank: "Vietcombank", account_number: "0123456789", holder: "KE GIAN" },
            },
          },
        ],
      },
      "GET /store/ocop/orders/:id/returns/:return_id": {
        for: "buyer",
        path: () => `/store/ocop/orders/${ids().order}/returns/${ids().return}`,
        foreign: () => [{ who: t.stranger, path: `/store/ocop/orders/${ids().order}/returns/${ids().return}` }],
      },
      "POST /store/ocop/orders/:id/returns/:return_id/escalate": {
        for: "buyer",
        path: () => `/store/ocop/orders/${ids().order}/returns/${ids().return}/escalate`,
        foreign: () => [
          {
            who: t.stranger,
            path: `/store/ocop/orders/${ids().order}/returns/${ids().return}/escalate`,
            body: { note: "Xin sàn xem lại" },
          },
        ],
      },
      "GET /store/ocop/orders/:id/shipments": {
        for: "customer",
        path: () => `/store/ocop/orders/${ids().order}/shipments`,
        foreign: () => [{ who: t.stranger, path: `/store/ocop/orders/${ids().order}/shipments` }],
      },
      "POST /store/ocop/orders/:id/shipments/:number/received": {
        for: "customer",
        path: () => `/store/ocop/orders/${ids().order}/shipments/${ids().coopPartNumber}/received`,
        foreign: () => [
          {
            who: t.stranger,
            path: `/store/ocop/orders/${ids().order}/shipments/${ids().coopPartNumber}/received`,
            body: {},
          },
        ],
      },
      "GET /store/ocop/returns": { for: "customer", path: () => "/store/ocop/returns", list: true },

      // —— messages
      "GET /admin/messages/threads": { for: "admin", path: () => "/admin/messages/threads", list: true },
      "GET /admin/messages/threads/:id": { for: "admin", path: () => `/admin/messages/threads/${ids().thread}` },
      "GET /sellers/me/messages": { for: "seller", path: () => "/sellers/me/messages", list: true },
      "GET /sellers/me/messages/:id": {
        for: "seller",
        path: () => `/sellers/me/messages/${ids().thread}`,
        foreign: () => [{ who: rival(), path: `/sellers/me/messages/${ids().thread}` }],
      },
      "POST /sellers/me/messages/:id/messages": {
        for: "seller",
        path: () => `/sellers/me/messages/${ids().thread}/messages`,
        foreign: () => [
          { who: rival(), path: `/sellers/me/messages/${ids().thread}/messages`, body: { body: "Chào" } },
        ],
      },
      "POST /sellers/me/messages/:id/report": {
        for: "seller",
        path: () => `/sellers/me/messages/${ids().thread}/report`,
        foreign: () => [
          { who: rival(), path: `/sellers/me/messages/${ids().thread}/report`, body: { reason: "Quảng cáo" } },
        ],
      },
      "GET /store/messages/threads": { for: "customer", path: () => "/store/messages/threads", list: true },
      "POST /store/messages/threads": { for: "customer", path: () => "/store/messages/threads" },
      "GET /store/messages/threads/:id": {
        for: "customer",
        path: () => `/store/messages/threads/${ids().thread}`,
        foreign: () => [{ who: t.stranger, path: `/store/messages/threads/${ids().thread}` }],
      },
      "POST /store/messages/threads/:id/messages": {
        for: "customer",
        path: () => `/store/messages/threads/${ids().thread}/messages`,
        foreign: () => [
          { who: t.stranger, path: `/store/messages/threads/${ids().thread}/messages`, body: { body: "Xin chào" } },
        ],
      },
      "POST /store/messages/threads/:id/report": {
        for: "customer",
        path: () => `/store/messages/threads/${ids().thread}/report`,
        foreign: () => [
          {
            who: t.stranger,
            path: `/store/messages/threads/${ids().thread}/report`,
            body: { reason: "Tin nhắn quấy rối" },
          },
        ],
      },

      // —— notifications
      "GET /sellers/me/notifications": { for: "seller", path: () => "/sellers/me/notifications", list: true },
      "GET /sellers/me/notifications/unread": { for: "seller", path: () => "/sellers/me/notifications/unread" },
      "POST /sellers/me/notifications/read": { for: "seller", path: () => "/sellers/me/notifications/read" },
      "POST /sellers/me/notifications/:id/read": {
        for: "seller",
        path: () => `/sellers/me/notifications/${ids().coopNotification ?? "noti_none"}/read`,
        foreign: () =>
          ids().coopNotification
            ? [{ who: rival(), path: `/sellers/me/notifications/${ids().coopNotification}/read`, body: {} }]
            : [],
      },
      "GET /sellers/me/notifications/preferences": {
        for: "seller",
        path: () => "/sellers/me/notifications/preferences",
      },
      "POST /sellers/me/notifications/preferences": {
        for: "seller",
        path: () => "/sellers/me/notifications/preferences",
      },
      "GET /store/ocop/notifications": { for: "customer", path: () => "/store/ocop/notifications", list: true },
      "GET /store/ocop/notifications/unread": { for: "customer", path: () => "/store/ocop/notifications/unread" },
      "POST /store/ocop/notifications/read": { for: "customer", path: () => "/store/ocop/notifications/read" },
      "POST /store/ocop/notifications/:id/read": {
        for: "customer",
        path: () => `/store/ocop/notifications/${ids().buyerNotification ?? "noti_none"}/read`,
        foreign: () =>
          ids().buyerNotification
            ? [{ who: t.stranger, path: `/store/ocop/notifications/${ids().buyerNotification}/read`, body: {} }]
            : [],
      },
      "GET /store/ocop/notifications/preferences": {
        for: "customer",
        path: () => "/store/ocop/notifications/preferences",
      },
      "POST /store/ocop/notifications/preferences": {
        for: "customer",
        path: () => "/store/ocop/notifications/preferences",
      },

      // —— certification and traceability: operators
      "GET /admin/ocop/certificates": { for: "admin", path: () => "/admin/ocop/certificates", list: true },
      "POST /admin/ocop/certificates": { for: "admin", path: () => "/admin/ocop/certificates" },
      "GET /admin/ocop/certificates/:id": { for: "admin", path: () => `/admin/ocop/certificates/${more.certificate}` },
      "POST /admin/ocop/certificates/:id/renew": {
        for: "admin",
        path: () => `/admin/ocop/certificates/${more.certificate}/renew`,
      },
      "POST /admin/ocop/certificates/:id/revoke": {
        for: "admin",
        path: () => `/admin/ocop/certificates/${more.certificate}/revoke`,
      },
      "GET /admin/ocop/certificates/export.csv": { for: "admin", path: () => "/admin/ocop/certificates/export.csv" },
      "POST /admin/ocop/epcis/capture": { for: "admin", path: () => "/admin/ocop/epcis/capture" },
      "GET /admin/ocop/epcis/events": { for: "admin", path: () => "/admin/ocop/epcis/events" },
      "POST /admin/ocop/evaluations": { for: "admin", path: () => "/admin/ocop/evaluations" },
      "GET /admin/ocop/lots": { for: "admin", path: () => "/admin/ocop/lots", list: true },
      "POST /admin/ocop/lots": { for: "admin", path: () => "/admin/ocop/lots" },
      "GET /admin/ocop/lots/:id": { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}` },
      ...Object.fromEntries(
        (["PATCH", "PUT", "DELETE"] as const).flatMap((method) => [
          [`${method} /admin/ocop/lots/:id`, { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}` }],
          [
            `${method} /admin/ocop/lots/:id/events`,
            { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}/events` },
          ],
          [
            `${method} /admin/ocop/lots/:id/events/:event_id`,
            { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}/events/${more.event}` },
          ],
        ]),
      ),
      "GET /admin/ocop/lots/:id/events": { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}/events` },
      "POST /admin/ocop/lots/:id/events": { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}/events` },
      "GET /admin/ocop/lots/:id/events/:event_id": {
        for: "admin",
        path: () => `/admin/ocop/lots/${ids().coopLot}/events/${more.event}`,
      },
      "GET /admin/ocop/lots/:id/labels": { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}/labels` },
      "GET /admin/ocop/lots/:id/qr.png": { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}/qr.png` },
      "GET /admin/ocop/lots/:id/qr.svg": { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}/qr.svg` },
      "GET /admin/ocop/lots/:id/recall": { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}/recall` },
      "GET /admin/ocop/lots/:id/recall.csv": {
        for: "admin",
        path: () => `/admin/ocop/lots/${ids().coopLot}/recall.csv`,
      },
      "GET /admin/ocop/lots/:id/verify": { for: "admin", path: () => `/admin/ocop/lots/${ids().coopLot}/verify` },
      "GET /admin/ocop/rules": { for: "admin", path: () => "/admin/ocop/rules" },
      "GET /admin/ocop/subjects": { for: "admin", path: () => "/admin/ocop/subjects", list: true },
      "POST /admin/ocop/subjects": { for: "admin", path: () => "/admin/ocop/subjects" },
      "GET /admin/ocop/trace/digests": { for: "admin", path: () => "/admin/ocop/trace/digests", list: true },
      "POST /admin/ocop/trace/digests": { for: "admin", path: () => "/admin/ocop/trace/digests" },
      "GET /admin/ocop/trade-items": { for: "admin", path: () => "/admin/ocop/trade-items", list: true },
      "POST /admin/ocop/trade-items": { for: "admin", path: () => "/admin/ocop/trade-items" },
      "POST /admin/ocop/trade-items/:id": { for: "admin", path: () => `/admin/ocop/trade-items/${more.tradeItem}` },
      "GET /admin/products/:id/ocop": { for: "admin", path: () => `/admin/products/${ids().coopProduct}/ocop` },

      // —— certification and traceability: the store
      "GET /store/ocop/certificates/verify": {
        for: "public",
        path: () => "/store/ocop/certificates/verify",
        query: { decision_number: "981/QĐ-UBND" },
      },
      "GET /store/ocop/pickup-points": {
        for: "public",
        path: () => "/store/ocop/pickup-points",
        query: () => ({ product_id: ids().coopProduct }),
      },
      "GET /store/ocop/products/:handle/certificate": {
        for: "public",
        path: () => `/store/ocop/products/${ids().coopHandle}/certificate`,
      },
      "GET /store/ocop/products": { for: "public", path: () => "/store/ocop/products", list: true },
      "GET /store/ocop/summary": { for: "public", path: () => "/store/ocop/summary" },
      "GET /store/ocop/provinces/:slug/producers": {
        for: "public",
        path: () => "/store/ocop/provinces/lao-cai/producers",
        list: true,
      },
      "GET /store/ocop/trace/01/:gtin/10/:lot": {
        for: "public",
        path: () => "/store/ocop/trace/01/08936123450038/10/SW-81",
      },
      "GET /store/ocop/trace/digests": { for: "public", path: () => "/store/ocop/trace/digests", list: true },
      "GET /store/ocop/trace/digests/:date": {
        for: "public",
        path: () => "/store/ocop/trace/digests/2025-10-01",
        ok: 404,
      },
      "GET /store/ocop/uncertified": {
        for: "public",
        path: () => "/store/ocop/uncertified",
        query: () => ({ product_id: ids().coopProduct }),
      },

      // —— trade promotion
      "GET /admin/ocop/campaigns": { for: "admin", path: () => "/admin/ocop/campaigns", list: true },
      "POST /admin/ocop/campaigns": { for: "admin", path: () => "/admin/ocop/campaigns" },
      "GET /admin/ocop/campaigns/:id": { for: "admin", path: () => "/admin/ocop/campaigns/ocamp_none", ok: 404 },
      "GET /admin/ocop/events": { for: "admin", path: () => "/admin/ocop/events", list: true },
      "POST /admin/ocop/events": { for: "admin", path: () => "/admin/ocop/events" },
      "GET /admin/ocop/events/:id": { for: "admin", path: () => `/admin/ocop/events/${ids().liveSession}` },
      "POST /admin/ocop/events/:id": { for: "admin", path: () => `/admin/ocop/events/${ids().liveSession}` },
      "DELETE /admin/ocop/events/:id": { for: "admin", path: () => `/admin/ocop/events/${ids().liveSession}` },
      "POST /admin/ocop/events/:id/pin-order": {
        for: "admin",
        path: () => `/admin/ocop/events/${ids().liveSession}/pin-order`,
      },
      "POST /admin/ocop/events/:id/pins": { for: "admin", path: () => `/admin/ocop/events/${ids().liveSession}/pins` },
      "DELETE /admin/ocop/events/:id/pins/:product_id": {
        for: "admin",
        path: () => `/admin/ocop/events/${ids().liveSession}/pins/${ids().coopProduct}`,
      },
      "POST /admin/ocop/gift-boxes": { for: "admin", path: () => "/admin/ocop/gift-boxes" },
      "GET /admin/ocop/products/:id/story": {
        for: "admin",
        path: () => `/admin/ocop/products/${ids().coopProduct}/story`,
      },
      "POST /admin/ocop/products/:id/story": {
        for: "admin",
        path: () => `/admin/ocop/products/${ids().coopProduct}/story`,
      },
      "GET /admin/ocop/programme": { for: "admin", path: () => "/admin/ocop/programme" },
      "GET /admin/ocop/programme/export.csv": { for: "admin", path: () => "/admin/ocop/programme/export.csv" },
      "GET /admin/ocop/tourism/slots": { for: "admin", path: () => "/admin/ocop/tourism/slots" },
      "GET /sellers/me/live-sessions": { for: "seller", path: () => "/sellers/me/live-sessions", notAccountant: true },
      "GET /sellers/me/live-sessions/:id": {
        for: "seller",
        path: () => `/sellers/me/live-sessions/${ids().liveSession}`,
        notAccountant: true,
        foreign: () => [{ who: rival(), path: `/sellers/me/live-sessions/${ids().liveSession}` }],
      },
      "POST /sellers/me/live-sessions/:id/pins": {
        for: "seller",
        path: () => `/sellers/me/live-sessions/${ids().liveSession}/pins`,
        notAccountant: true,
        foreign: () => [
          {
            who: rival(),
            path: `/sellers/me/live-sessions/${ids().liveSession}/pins`,
            body: { product_id: ids().rivalProduct, discount: { type: "fixed", value: 5000 } },
            status: [403, 404],
          },
          {
            who: coop(),
            path: `/sellers/me/live-sessions/${ids().liveSession}/pins`,
            body: { product_id: ids().rivalProduct, discount: { type: "fixed", value: 5000 } },
          },
        ],
      },
      "POST /sellers/me/live-sessions/:id/pin-order": {
        for: "seller",
        path: () => `/sellers/me/live-sessions/${ids().liveSession}/pin-order`,
        notAccountant: true,
        foreign: () => [
          {
            who: rival(),
            path: `/sellers/me/live-sessions/${ids().liveSession}/pin-order`,
            body: { product_ids: [ids().coopProduct] },
          },
        ],
      },
      "DELETE /sellers/me/live-sessions/:id/pins/:product_id": {
        for: "seller",
        path: () => `/sellers/me/live-sessions/${ids().liveSession}/pins/${ids().coopProduct}`,
        notAccountant: true,
        foreign: () => [
          { who: rival(), path: `/sellers/me/live-sessions/${ids().liveSession}/pins/${ids().coopProduct}` },
        ],
      },
      "GET /sellers/me/products/:id/story": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}/story`,
        notAccountant: true,
        foreign: () => [{ who: coop(), path: `/sellers/me/products/${ids().rivalProduct}/story` }],
      },
      "POST /sellers/me/products/:id/story": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}/story`,
        notAccountant: true,
        foreign: () => [
          {
            who: coop(),
            path: `/sellers/me/products/${ids().rivalProduct}/story`,
            body: {
              title: "Câu chuyện giả",
              body: "Những đàn ong bay giữa rừng bạc hà dại trên cao nguyên đá Đồng Văn mỗi mùa thu.",
            },
          },
        ],
      },
      "POST /sellers/me/tourism/check-ins": {
        for: "seller",
        path: () => "/sellers/me/tourism/check-ins",
        notAccountant: true,
      },
      "GET /sellers/me/tourism/slots": { for: "seller", path: () => "/sellers/me/tourism/slots", notAccountant: true },
      "POST /sellers/me/tourism/slots": { for: "seller", path: () => "/sellers/me/tourism/slots", notAccountant: true },
      "GET /sellers/me/tourism/slots/:id": {
        for: "seller",
        path: () => `/sellers/me/tourism/slots/${ids().slot}`,
        notAccountant: true,
        foreign: () => [{ who: rival(), path: `/sellers/me/tourism/slots/${ids().slot}` }],
      },
      "POST /sellers/me/tourism/slots/:id/close": {
        for: "seller",
        path: () => `/sellers/me/tourism/slots/${ids().slot}/close`,
        notAccountant: true,
        foreign: () => [{ who: rival(), path: `/sellers/me/tourism/slots/${ids().slot}/close`, body: {} }],
      },
      "GET /store/ocop/bookings/:order_id/voucher": {
        for: "buyer",
        path: () => `/store/ocop/bookings/${ids().order}/voucher`,
        ok: null,
        foreign: () => [{ who: t.stranger, path: `/store/ocop/bookings/${ids().order}/voucher` }],
      },
      "GET /store/ocop/campaigns": { for: "public", path: () => "/store/ocop/campaigns" },
      "GET /store/ocop/campaigns/:identifier": {
        for: "public",
        path: () => "/store/ocop/campaigns/khong-co",
        ok: 404,
      },
      "GET /store/ocop/events": { for: "public", path: () => "/store/ocop/events", list: true },
      "GET /store/ocop/events/:handle": { for: "public", path: () => "/store/ocop/events/phien-live-sw81" },
      "GET /store/ocop/follows": { for: "customer", path: () => "/store/ocop/follows" },
      "POST /store/ocop/follows": { for: "customer", path: () => "/store/ocop/follows" },
      "DELETE /store/ocop/follows/:id": {
        for: "customer",
        path: () => `/store/ocop/follows/${ids().follow}`,
        foreign: () => [{ who: t.stranger, path: `/store/ocop/follows/${ids().follow}` }],
      },
      "GET /store/ocop/live-prices": {
        for: "public",
        path: () => "/store/ocop/live-prices",
        query: { promotion_id: "promo_none" },
      },
      "GET /store/ocop/product-cards": {
        for: "public",
        path: () => "/store/ocop/product-cards",
        query: () => ({ id: ids().coopProduct, region_id: demo.regionId }),
      },
      "GET /store/ocop/products/:handle/page": {
        for: "public",
        path: () => `/store/ocop/products/${ids().coopHandle}/page`,
        query: () => ({ region_id: demo.regionId }),
      },
      "GET /store/ocop/stories": {
        for: "public",
        path: () => "/store/ocop/stories",
        query: () => ({ product_id: ids().coopProduct }),
        list: true,
      },
      "GET /store/ocop/tourism/products/:id/slots": {
        for: "public",
        path: () => `/store/ocop/tourism/products/${ids().serviceProduct}/slots`,
      },

      // —— reviews
      "GET /admin/ocop/reviews": { for: "admin", path: () => "/admin/ocop/reviews", list: true },
      "POST /admin/ocop/reviews/:id/hide": { for: "admin", path: () => `/admin/ocop/reviews/${ids().review}/hide` },
      "POST /admin/ocop/reviews/:id/unhide": {
        for: "admin",
        path: () => `/admin/ocop/reviews/${ids().review}/unhide`,
      },
      "GET /sellers/me/reviews": { for: "seller", path: () => "/sellers/me/reviews", list: true },
      "POST /sellers/me/reviews/:id/reply": {
        for: "seller",
        path: () => `/sellers/me/reviews/${ids().review}/reply`,
        notAccountant: true,
        foreign: () => [
          { who: rival(), path: `/sellers/me/reviews/${ids().review}/reply`, body: { text: "Cảm ơn anh chị." } },
        ],
      },
      "GET /store/customers/me/reviews": { for: "customer", path: () => "/store/customers/me/reviews" },
      "GET /store/ocop/products/:handle/reviews": {
        for: "public",
        path: () => `/store/ocop/products/${ids().coopHandle}/reviews`,
        list: true,
      },
      "POST /store/ocop/reviews": {
        for: "customer",
        path: () => "/store/ocop/reviews",
        foreign: () => [
          {
            who: t.stranger,
            path: "/store/ocop/reviews",
            body: { line_item_id: ids().coopLine, rating: 1, title: "Dở", text: "Đánh giá giả mạo." },
          },
        ],
      },
      "POST /store/ocop/reviews/:id": {
        for: "customer",
        path: () => `/store/ocop/reviews/${ids().review}`,
        foreign: () => [{ who: t.stranger, path: `/store/ocop/reviews/${ids().review}`, body: { rating: 1 } }],
      },

      // —— search
      "POST /admin/ocop/search/reindex": { for: "admin", path: () => "/admin/ocop/search/reindex" },
      "GET /admin/ocop/search/status": { for: "admin", path: () => "/admin/ocop/search/status" },
      "GET /store/ocop/search": {
        for: "public",
        path: () => "/store/ocop/search",
        query: { q: "mật ong" },
        list: true,
      },

      // —— wholesale: operators
      "GET /admin/distributors": { for: "admin", path: () => "/admin/distributors", list: true },
      "GET /admin/distributors/:id": { for: "admin", path: () => `/admin/distributors/${more.company}` },
      "POST /admin/distributors/:id/reject": { for: "admin", path: () => `/admin/distributors/${more.company}/reject` },
      "POST /admin/distributors/:id/verify": { for: "admin", path: () => `/admin/distributors/${more.company}/verify` },
      "GET /admin/wholesale/orders/:id": {
        for: "admin",
        path: () => `/admin/wholesale/orders/${ids().wholesaleOrder}`,
      },
      "POST /admin/wholesale/orders/:id/confirm-receipt": {
        for: "admin",
        path: () => `/admin/wholesale/orders/${ids().order}/confirm-receipt`,
      },

      // —— wholesale: cooperatives
      "GET /sellers/me/products/:id/wholesale": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}/wholesale`,
        notAccountant: true,
        foreign: () => [{ who: coop(), path: `/sellers/me/products/${ids().rivalProduct}/wholesale` }],
      },
      "POST /sellers/me/products/:id/wholesale": {
        for: "seller",
        path: () => `/sellers/me/products/${ids().coopProduct}/wholesale`,
        notAccountant: true,
        foreign: () => [
          {
            who: coop(),
            path: `/sellers/me/products/${ids().rivalProduct}/wholesale`,
            body: { moq: 10, tiers: [{ variant_id: ids().rivalVariant, min_quantity: 10, price_vnd: 200000 }] },
            status: [400, 404],
          },
        ],
      },
      "GET /sellers/me/quotes": { for: "seller", path: () => "/sellers/me/quotes", notAccountant: true, list: true },
      "GET /sellers/me/quotes/:id": {
        for: "seller",
        path: () => `/sellers/me/quotes/${ids().quote}`,
        notAccountant: true,
        foreign: () => [{ who: rival(), path: `/sellers/me/quotes/${ids().quote}` }],
      },
      "POST /sellers/me/quotes/:id/answer": {
        for: "seller",
        path: () => `/sellers/me/quotes/${ids().quote}/answer`,
        notAccountant: true,
        foreign: () => [
          {
            who: rival(),
            path: `/sellers/me/quotes/${ids().quote}/answer`,
            body: { unit_price: 1000, valid_until: "2099-01-01" },
          },
        ],
      },
      "POST /sellers/me/quotes/:id/messages": {
        for: "seller",
        path: () => `/sellers/me/quotes/${ids().quote}/messages`,
        notAccountant: true,
        foreign: () => [{ who: rival(), path: `/sellers/me/quotes/${ids().quote}/messages`, body: { body: "Chào" } }],
      },
      "GET /sellers/me/wholesale/orders/:id": {
        for: "seller",
        path: () => `/sellers/me/wholesale/orders/${ids().wholesalePart}`,
        foreign: () => [{ who: rival(), path: `/sellers/me/wholesale/orders/${ids().wholesalePart}` }],
      },
      "GET /sellers/me/wholesale/orders/:id/documents/:kind": {
        for: "seller",
        path: () => `/sellers/me/wholesale/orders/${ids().wholesalePart}/documents/confirmation`,
        foreign: () => [
          { who: rival(), path: `/sellers/me/wholesale/orders/${ids().wholesalePart}/documents/confirmation` },
        ],
      },
      "POST /sellers/me/wholesale/orders/:id/confirm-receipt": {
        for: "seller",
        path: () => `/sellers/me/wholesale/orders/${ids().wholesalePart}/confirm-receipt`,
        foreign: () => [
          { who: rival(), path: `/sellers/me/wholesale/orders/${ids().wholesalePart}/confirm-receipt`, body: {} },
        ],
      },

      // —— wholesale: buyers and distributors
      "POST /store/carts/:id/vat-invoice": {
        for: "public",
        path: () => `/store/carts/${ids().cart}/vat-invoice`,
        foreign: () => [
          {
            who: t.stranger,
            path: `/store/carts/${ids().cart}/vat-invoice`,
            body: {
              company_name: "Công ty Kẻ Gian",
              tax_code: "0101234567",
              address: "Số 1 Lê Duẩn, Hà Nội",
              email: "kegian@example.vn",
            },
          },
        ],
      },
      "DELETE /store/carts/:id/vat-invoice": {
        for: "public",
        path: () => `/store/carts/${ids().cart}/vat-invoice`,
        foreign: () => [{ who: t.stranger, path: `/store/carts/${ids().cart}/vat-invoice` }],
      },
      "GET /store/orders/:id/bank-transfer": {
        for: "buyer",
        path: () => `/store/orders/${ids().order}/bank-transfer`,
        foreign: () => [{ who: t.stranger, path: `/store/orders/${ids().order}/bank-transfer` }],
      },
      "POST /store/distributors": { for: "customer", path: () => "/store/distributors" },
      "GET /store/distributors/me": { for: "distributor", path: () => "/store/distributors/me" },
      "GET /store/distributors/invitations": { for: "customer", path: () => "/store/distributors/invitations" },
      "POST /store/distributors/invitations/:id/accept": {
        for: "customer",
        path: () => `/store/distributors/invitations/${ids().invitation}/accept`,
        foreign: () => [
          { who: t.stranger, path: `/store/distributors/invitations/${ids().invitation}/accept`, body: {} },
        ],
      },
      "POST /store/distributors/invitations/:id/decline": {
        for: "customer",
        path: () => `/store/distributors/invitations/${ids().invitation}/decline`,
        foreign: () => [
          { who: t.stranger, path: `/store/distributors/invitations/${ids().invitation}/decline`, body: {} },
        ],
      },
      "POST /store/distributors/me/members": { for: "distributor", path: () => "/store/distributors/me/members" },
      "POST /store/distributors/me/members/:id": {
        for: "distributor",
        path: () => `/store/distributors/me/members/${ids().invitation}`,
        foreign: () => [
          {
            who: t.rivalDistributor,
            path: `/store/distributors/me/members/${ids().invitation}`,
            body: { role: "approver", spending_limit: 900_000_000 },
          },
        ],
      },
      "DELETE /store/distributors/me/members/:id": {
        for: "distributor",
        path: () => `/store/distributors/me/members/${ids().invitation}`,
        foreign: () => [{ who: t.rivalDistributor, path: `/store/distributors/me/members/${ids().invitation}` }],
      },
      "GET /store/distributors/me/approvals": {
        for: "distributor",
        path: () => "/store/distributors/me/approvals",
        list: true,
      },
      "POST /store/distributors/me/approvals": { for: "distributor", path: () => "/store/distributors/me/approvals" },
      "POST /store/distributors/me/approvals/:id/approve": {
        for: "distributor",
        path: () => "/store/distributors/me/approvals/dapr_none/approve",
      },
      "POST /store/distributors/me/approvals/:id/reject": {
        for: "distributor",
        path: () => "/store/distributors/me/approvals/dapr_none/reject",
      },
      "POST /store/wholesale/bulk/add": { for: "distributor", path: () => "/store/wholesale/bulk/add" },
      "POST /store/wholesale/bulk/check": { for: "distributor", path: () => "/store/wholesale/bulk/check" },
      "GET /store/wholesale/invoice-details": { for: "customer", path: () => "/store/wholesale/invoice-details" },
      "GET /store/wholesale/orders.csv": { for: "distributor", path: () => "/store/wholesale/orders.csv" },
      "GET /store/wholesale/orders/:id/documents/:kind": {
        for: "customer",
        path: () => `/store/wholesale/orders/${ids().order}/documents/confirmation`,
        query: () => ({ seller_id: t.coop.seller.id }),
        foreign: () => [
          {
            who: t.stranger,
            path: `/store/wholesale/orders/${ids().order}/documents/confirmation?seller_id=${t.coop.seller.id}`,
          },
          {
            who: t.rivalDistributor,
            path: `/store/wholesale/orders/${ids().wholesaleOrder}/documents/delivery-note?seller_id=${t.coop.seller.id}`,
          },
        ],
      },
      "GET /store/wholesale/orders/:id/lines": {
        for: "distributor",
        path: () => `/store/wholesale/orders/${ids().wholesaleOrder}/lines`,
        foreign: () => [
          { who: t.rivalDistributor, path: `/store/wholesale/orders/${ids().wholesaleOrder}/lines` },
          { who: t.rivalDistributor, path: `/store/wholesale/orders/${ids().order}/lines` },
        ],
      },
      "GET /store/wholesale/products/:id": {
        for: "distributor",
        path: () => `/store/wholesale/products/${ids().coopProduct}`,
      },
      "GET /store/wholesale/quotes": { for: "distributor", path: () => "/store/wholesale/quotes", list: true },
      "POST /store/wholesale/quotes": { for: "distributor", path: () => "/store/wholesale/quotes" },
      "GET /store/wholesale/quotes/:id": {
        for: "distributor",
        path: () => `/store/wholesale/quotes/${ids().quote}`,
        foreign: () => [{ who: t.rivalDistributor, path: `/store/wholesale/quotes/${ids().quote}` }],
      },
      ...Object.fromEntries(
        (
          [
            ["accept", {}],
            ["decline", {}],
            ["messages", { body: "Giá tốt hơn được không?" }],
          ] as const
        ).map(([action, body]) => [
          `POST /store/wholesale/quotes/:id/${action}`,
          {
            for: "distributor",
            path: () => `/store/wholesale/quotes/${ids().quote}/${action}`,
            foreign: () => [
              { who: t.rivalDistributor, path: `/store/wholesale/quotes/${ids().quote}/${action}`, body },
            ],
          } satisfies Entry,
        ]),
      ),
    }

    const queryOf = (e: Entry) => (typeof e.query === "function" ? e.query() : (e.query ?? {}))

    /** Sends a request as `who`; a body only for writes. */
    function send(method: RouteMethod, path: string, who: Who, body?: unknown) {
      const verb = method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete"
      if (verb === "get" || verb === "delete") return settle(api[verb](path, who))
      return settle(api[verb](path, body ?? {}, who))
    }

    function withQuery(path: string, query: Record<string, string | string[]> = {}) {
      const params = new URLSearchParams()
      for (const [key, value] of Object.entries(query))
        for (const one of Array.isArray(value) ? value : [value]) params.append(key, one)
      const text = params.toString()
      return text ? `${path}${path.includes("?") ? "&" : "?"}${text}` : path
    }

    /** The actor a route's audience is, for its own request. */
    function owner(audience: Audience): Who {
      switch (audience) {
        case "public":
          return store()
        case "customer":
        case "buyer":
          return t.buyer
        case "distributor":
          return t.distributor
        case "seller":
          return t.coop.headers
        case "admin":
          return demo.admin
        case "signup":
        case "signed-in":
          return t.coop.headers
      }
    }

    const all = () =>
      Object.entries(routes).map(([name, e]) => ({ name, method: name.split(" ")[0] as RouteMethod, e }))

    it("has an entry for every method of every route the app serves, and none for a route that is gone", () => {
      const served = appRoutes()
      expect(served.length).toBeGreaterThan(200)
      const names = served.map((route) => route.name)
      expect(names.filter((name) => !routes[name])).toEqual([])
      expect(Object.keys(routes).filter((name) => !names.includes(name))).toEqual([])
      // Each entry's own path is a path of its route
      const mismatched = all().filter(({ name, e }) => !routeMatches(name.split(" ")[1], e.path().split("?")[0]))
      expect(mismatched.map(({ name }) => name)).toEqual([])
    })

    it("turns away requests without credentials, with another kind of actor's, and seller members whose role does not cover the route", async () => {
      const anonymous = { headers: {} }
      const customerOnly = { headers: { authorization: t.buyer.headers.authorization } }
      const asStore = (who: Who) => ({ headers: { ...who.headers, ...store().headers } })
      const failures: string[] = []
      let cells = 0
      const before = await rowCounts(getContainer())
      for (const { name, method, e } of all()) {
        const path = withQuery(e.path(), queryOf(e))
        const expectations: [string, Who, number[]][] = []
        switch (e.for) {
          case "admin":
            expectations.push(
              ["nobody", anonymous, [401]],
              ["a seller", t.coop.headers, [401]],
              ["a customer", t.buyer, [401]],
            )
            break
          case "seller":
            expectations.push(
              ["nobody", anonymous, [401]],
              ["a customer", t.buyer, [401]],
              ["an operator", demo.admin, [401]],
            )
            if (e.notAccountant) expectations.push(["the accountant", t.accountant, [403]])
            break
          case "customer":
          case "distributor":
            expectations.push(
              ["the publishable key alone", store(), [401]],
              ["a seller", asStore(t.coop.headers), [401]],
              ["an operator", asStore(demo.admin), [401]],
              ["a customer without the publishable key", customerOnly, [400]],
            )
            // (a write's body may be refused first)
            if (e.for === "distributor")
              expectations.push([
                "a customer of no company",
                t.stranger,
                method === "GET" ? [403, 404] : [400, 403, 404],
              ])
            break
          case "buyer":
            expectations.push(
              ["the publishable key alone", store(), [401, 404]],
              ["a seller", asStore(t.coop.headers), [401, 404]],
              ["a customer without the publishable key", customerOnly, [400]],
            )
            break
          case "public":
            expectations.push(["nobody", anonymous, [400]])
            break
          case "signup":
            expectations.push(["nobody", anonymous, [401]], ["a customer", t.buyer, [401]])
            break
          case "signed-in":
            expectations.push(["nobody", anonymous, [401]])
            break
        }
        for (const [who, headers, statuses] of expectations) {
          const response = await send(method, path, headers, {})
          cells++
          if (!statuses.includes(response.status))
            failures.push(`${name} as ${who}: ${response.status} ${JSON.stringify(response.data).slice(0, 160)}`)
          else if (typeof response.data?.message !== "string" || !response.data.message)
            failures.push(`${name} as ${who}: ${response.status} without a message`)
        }
      }
      expect(failures).toEqual([])
      expect(changedRows(before, await rowCounts(getContainer()))).toEqual([])
      expect(cells).toBeGreaterThan(500)
    })

    it("answers every GET of a route's own audience, and never another tenant's ids with their data (404), writing nothing", async () => {
      const failures: string[] = []
      for (const { name, method, e } of all()) {
        if (method !== "GET" || e.ok === null) continue
        const response = await send("GET", withQuery(e.path(), queryOf(e)), owner(e.for))
        if (response.status !== (e.ok ?? 200))
          failures.push(`${name} (own): ${response.status} ${JSON.stringify(response.data).slice(0, 200)}`)
      }
      const before = await rowCounts(getContainer())
      let cells = 0
      for (const { name, method, e } of all()) {
        for (const attempt of e.foreign?.() ?? []) {
          const response = await send(method, attempt.path, attempt.who, attempt.body)
          cells++
          if (!(attempt.status ?? [404]).includes(response.status))
            failures.push(`${name} ${attempt.path}: ${response.status} ${JSON.stringify(response.data).slice(0, 200)}`)
        }
      }
      expect(failures).toEqual([])
      expect(changedRows(before, await rowCounts(getContainer()))).toEqual([])
      expect(cells).toBeGreaterThan(60)
    })

    /** Values no query parameter or path id should take. */
    const badValue: fc.Arbitrary<string> = fc.oneof(
      fc.constantFrom("-1", "NaN", "Infinity", "-Infinity", "1e400", "99999999999999999999", "1.5", "0x10", "", " "),
      fc.constantFrom(String(2 ** 31), String(2 ** 53 + 1), String(Number.MAX_SAFE_INTEGER), "-0", "+1", "1_000"),
      // Long values that reach the app (6–8 kB of ASCII, 800 Vietnamese letters: 7 kB escaped), and
      // one past what the server takes in a request line (Node answers 431 itself)
      fc.integer({ min: 6_000, max: 8_000 }).map((n) => "a".repeat(n)),
      fc.integer({ min: 600, max: 800 }).map((n) => "ạ".repeat(n)),
      fc.constant("a".repeat(20_000)),
      fc.constantFrom(
        "' OR 1=1 --",
        "'; drop table product; --",
        "%",
        "_",
        "\\",
        ".*(a+)+$",
        "[a-z",
        "(?<x>",
        "$where",
        '{"$ne":1}',
        "../../etc/passwd",
        "<script>alert(1)</script>",
      ),
      fc.constantFrom("mật ong 🐝", "Ｍật", "\u202eevil", "e\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "中文", "🏳️‍🌈"),
      fc.string({ unit: "grapheme", maxLength: 30 }),
    )
    /** Parameter names of the lists and filters, and names no route takes. */
    const queryName = fc.oneof(
      fc.constantFrom("limit", "offset", "order", "q", "fields", "status", "id", "product_id", "seller_id", "expand"),
      fc.string({ minLength: 1, maxLength: 12 }).map((name) => `x${name}`),
    )

    /** A bad query: a parameter set to a bad value, given twice (an array), nested, or unknown. */
    function badQuery(base: Record<string, string>) {
      const known = Object.keys(base)
      return fc.oneof(
        fc
          .tuple(known.length ? fc.constantFrom(...known, "limit", "offset") : queryName, badValue)
          .map(([key, value]) => ({ ...base, [key]: value })),
        fc.tuple(queryName, badValue).map(([key, value]) => ({ ...base, [key]: value })),
        fc.tuple(queryName, badValue, badValue).map(([key, a, b]) => ({ ...base, [key]: [a, b] })),
        fc.tuple(queryName, badValue).map(([key, value]) => ({ ...base, [`${key}[$gt]`]: value })),
        fc.tuple(queryName, badValue).map(([key, value]) => ({ ...base, [`${key}.a.b`]: value })),
      )
    }

    /** A path with one of its ids (a segment that is a `:param` of the route) replaced. */
    function withBadId(name: string, path: string, badId: string) {
      const template = name.split(" ")[1].split("/")
      const segments = path.split("?")[0].split("/")
      const slots = template.flatMap((segment, i) => (segment.startsWith(":") ? [i] : []))
      if (!slots.length) return path
      const slot = slots[badId.length % slots.length]
      segments[slot] = encodeURIComponent(badId)
      return segments.join("/")
    }

    it("answers generated bad query parameters and path ids on every route with a 4xx that says why, never a 5xx, and writes nothing", async () => {
      const seed = Number(process.env.SWEEP_SEED ?? Date.now() % 1_000_000)
      const runs = Number(process.env.SWEEP_RUNS ?? 15)
      const started = Date.now()
      const totals = { cases: 0, ok: 0, client: 0, server: 0 }
      const failures: string[] = []
      const before = await rowCounts(getContainer())
      // Like Medusa's own routes, every GET refuses a parameter it does not take, naming it
      for (const { name, method, e } of all()) {
        if (method !== "GET") continue
        const response = await send("GET", withQuery(e.path(), { ...queryOf(e), no_such_param: "1" }), owner(e.for))
        if (response.status !== 400 || !String(response.data?.message).includes("no_such_param"))
          failures.push(`${name} ?no_such_param=1 → ${response.status} ${JSON.stringify(response.data).slice(0, 160)}`)
      }
      /** One route's generated run; four routes at a time (reads and refused writes change nothing). */
      async function sweep(index: number, { name, method, e }: ReturnType<typeof all>[number]) {
        // Writes take their bad bodies in abuse.spec.ts; here their paths (a refused id writes nothing).
        const hasId = name.includes("/:")
        if (method !== "GET" && !hasId) return
        // A write is only ever sent with a bad id: its own path would do what it does.
        const idValues = method === "GET" ? (hasId ? fc.option(badValue, { freq: 2 }) : fc.constant(null)) : badValue
        await fc.assert(
          fc.asyncProperty(
            method === "GET" ? badQuery(queryOf(e)) : fc.constant(queryOf(e)),
            idValues,
            async (query: Record<string, string | string[]>, badId: string | null) => {
              const path = withQuery(badId !== null ? withBadId(name, e.path(), badId) : e.path(), query)
              // A write gets a good body (its denial case's) so that the id is what is refused
              const body = method === "GET" ? undefined : (e.foreign?.()[0]?.body ?? {})
              const response = await send(method, path, owner(e.for), body)
              totals.cases++
              const shown = `${name} ${path.slice(0, 200)} → ${response.status} ${JSON.stringify(response.data).slice(0, 200)}`
              if (response.status >= 500) {
                totals.server++
                failures.push(shown)
              } else if (
                response.status === 431 ||
                (response.status === 404 && String(response.data).includes(`Cannot ${method} `))
              ) {
                // Refused before any route: a request line longer than the HTTP server reads, or an
                // address no route has (an empty id leaves an empty segment); Express says so itself
                totals.client++
              } else if (response.status >= 400) {
                totals.client++
                const message = response.data?.message
                if (typeof message !== "string" || !message) failures.push(`${shown} (no message)`)
                // A page refused by the route's own schema names the parameter (not the database's net)
                else if (e.list && badId === null)
                  for (const key of ["limit", "offset"])
                    if (
                      key in query &&
                      !(key in queryOf(e)) &&
                      Object.keys(query).length === Object.keys(queryOf(e)).length + 1 &&
                      !message.includes(key)
                    )
                      failures.push(`${shown} (does not name ${key})`)
              } else {
                totals.ok++
                // A page out of bounds is refused on every list
                for (const [key, max] of [
                  ["limit", 1_000],
                  ["offset", 10_000_000],
                ] as const) {
                  const value = query[key]
                  if (
                    e.list &&
                    value !== undefined &&
                    !(typeof value === "string" && /^\d+$/.test(value) && Number(value) <= max)
                  )
                    failures.push(`${shown} (accepted ${key}=${String(value).slice(0, 40)})`)
                }
              }
            },
          ),
          { numRuns: runs, seed: seed + index, endOnFailure: true },
        )
      }
      // Four routes in flight at a time: a route starts as soon as one ends (its seed stays its index)
      const entries = all()
      const swept = await executeWithConcurrency(
        entries.map((entry, index) => () => sweep(index, entry)),
        4,
      )
      for (const outcome of swept) if (outcome.status === "rejected") throw outcome.reason
      console.log(
        `[every-route] seed ${seed}: ${totals.cases} cases in ${Math.round((Date.now() - started) / 1000)} s: ${totals.client} answered 4xx, ${totals.ok} accepted, ${totals.server} answered 5xx`,
      )
      expect(failures).toEqual([])
      expect(changedRows(before, await rowCounts(getContainer()))).toEqual([])
    }, 300_000)
  },
})
