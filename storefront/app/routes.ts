import { index, route, type RouteConfig } from "@react-router/dev/routes"

/**
 * Each page is one file, served in Vietnamese at its path and in English under /en (same file,
 * a second route id). Pages read their language from the URL (see app/i18n).
 */
const pages: [path: string, file: string][] = [
  ["products", "routes/products.tsx"],
  ["products/:handle", "routes/product.tsx"],
  ["categories/:handle", "routes/category.tsx"],
  ["provinces", "routes/provinces.tsx"],
  ["provinces/:slug", "routes/province.tsx"],
  ["producers/:key", "routes/producer.tsx"],
  ["cart", "routes/cart.tsx"],
  ["checkout", "routes/checkout.tsx"],
  ["checkout/pay", "routes/checkout.pay.tsx"],
  ["checkout/return", "routes/checkout.return.tsx"],
  ["orders/:id", "routes/order.tsx"],
  ["orders/:id/documents/:kind", "routes/order.document.ts"],
  ["orders/:id/voucher", "routes/order.voucher.tsx"],
  ["account", "routes/account.tsx"],
  ["account/login", "routes/account.login.tsx"],
  ["account/register", "routes/account.register.tsx"],
  ["account/logout", "routes/account.logout.tsx"],
  ["account/addresses", "routes/account.addresses.tsx"],
  ["account/orders", "routes/account.orders.tsx"],
  ["account/orders/claim", "routes/account.orders.claim.tsx"],
  ["account/notifications", "routes/account.notifications.tsx"],
  ["follow", "routes/follow.ts"],
  ["account/quotes", "routes/account.quotes.tsx"],
  ["account/quotes/:id", "routes/account.quote.tsx"],
  ["seller", "routes/seller.tsx"],
  ["seller/login", "routes/seller.login.tsx"],
  ["seller/logout", "routes/seller.logout.tsx"],
  ["seller/register", "routes/seller.register.tsx"],
  ["seller/pending", "routes/seller.pending.tsx"],
  ["seller/products", "routes/seller.products.tsx"],
  ["seller/products/:id", "routes/seller.product.tsx"],
  ["seller/products/:id/story", "routes/seller.product.story.tsx"],
  ["seller/orders", "routes/seller.orders.tsx"],
  ["seller/orders/:id", "routes/seller.order.tsx"],
  ["seller/orders/:id/documents/:kind", "routes/seller.order.document.ts"],
  ["seller/quotes", "routes/seller.quotes.tsx"],
  ["seller/quotes/:id", "routes/seller.quote.tsx"],
  ["seller/payouts", "routes/seller.payouts.tsx"],
  ["seller/members", "routes/seller.members.tsx"],
  ["seller/lots", "routes/seller.lots.tsx"],
  ["seller/gtins", "routes/seller.gtins.tsx"],
  ["seller/tourism", "routes/seller.tourism.tsx"],
  ["seller/tourism/slots/:id", "routes/seller.tourism-slot.tsx"],
  ["seller/payouts/statement.csv", "routes/seller.payouts.statement.ts"],
  ["ocop", "routes/ocop.tsx"],
  ["ocop/verify", "routes/ocop.verify.tsx"],
  ["search/suggest", "routes/search.suggest.ts"],
  ["campaigns/:identifier", "routes/campaign.tsx"],
  ["events", "routes/events.tsx"],
  ["events/:handle", "routes/event.tsx"],
  // Distributors and wholesale.
  ["distributor", "routes/distributor.tsx"],
  ["distributor/register", "routes/distributor.register.tsx"],
  ["distributor/bulk", "routes/distributor.bulk.tsx"],
  ["seller/products/:id/wholesale", "routes/seller.product-wholesale.tsx"],
]

const id = (lang: "vi" | "en", file: string) => `${lang}:${file.replace(/^routes\//, "").replace(/\.tsx?$/, "")}`

export default [
  index("routes/home.tsx", { id: id("vi", "routes/home.tsx") }),
  route("en", "routes/home.tsx", { id: id("en", "routes/home.tsx") }),
  ...pages.map(([path, file]) => route(path, file, { id: id("vi", file) })),
  ...pages.map(([path, file]) => route(`en/${path}`, file, { id: id("en", file) })),
  route("healthz", "routes/healthz.ts"),
  // GS1 Digital Link (the URL in a lot's QR code), and its English page.
  route("01/:gtin/10/:lot", "routes/digital-link.tsx", { id: id("vi", "routes/digital-link.tsx") }),
  route("en/01/:gtin/10/:lot", "routes/digital-link.tsx", { id: id("en", "routes/digital-link.tsx") }),
  // The published digests of all lot histories (JSON).
  route("trace/digests", "routes/trace-digests.ts", { id: "trace-digests" }),
  route("trace/digests/:date", "routes/trace-digests.ts", { id: "trace-digest" }),
] satisfies RouteConfig
