import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE, type SellerModuleService } from "@ocop/plugin-marketplace/modules/seller"
import { presentSellerOrders } from "@ocop/plugin-marketplace/seller-orders"
import { DISTRIBUTOR_MODULE } from "@ocop/plugin-wholesale/modules/distributor"
import { demoProducers } from "../catalogue/producers"
import type { DemoProduct } from "../catalogue/types"
import { runWorkflow } from "./run-workflow"

/** A demo login: what `npm start` prints, and where to sign in (a storefront path, or the admin). */
export type DemoLogin = { email: string; password: string; role: string; signIn: string }

/**
 * One account per role, for a newcomer to look around with. Demo-only passwords: the seed creates
 * them only where the demo secrets are allowed (never on a production server, see seedDemoPeople).
 */
export const DEMO_PEOPLE = {
  cooperative: {
    email: "htx@ocop.local",
    password: "ocop-htx-2026",
    role: "Hợp tác xã (người bán) / cooperative seller",
    signIn: "/seller/login",
  },
  distributor_approver: {
    email: "phanphoi.duyet@ocop.local",
    password: "ocop-npp-2026",
    role: "Nhà phân phối, người duyệt / distributor approver",
    signIn: "/account/login",
  },
  distributor_buyer: {
    email: "phanphoi.mua@ocop.local",
    password: "ocop-npp-2026",
    role: "Nhà phân phối, người mua / distributor buyer",
    signIn: "/account/login",
  },
  customer: {
    email: "khach@ocop.local",
    password: "ocop-khach-2026",
    role: "Khách hàng / customer",
    signIn: "/account/login",
  },
} satisfies Record<string, DemoLogin>

type Container = MedusaContainer

async function authIdentity(container: Container, login: { email: string; password: string }) {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ entity_id: login.email, provider: "emailpass" })
  if (existing) return existing.auth_identity_id!
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: login.email, password: login.password },
  } as never)
  if (error || !authIdentity) throw new Error(`Could not register the demo login ${login.email}: ${error}`)
  return authIdentity.id
}

async function demoCustomer(container: Container, login: DemoLogin, name: { first: string; last: string }) {
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({ email: login.email, has_account: true })
  if (existing) return existing
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: await authIdentity(container, login),
      customerData: { email: login.email, first_name: name.first, last_name: name.last },
    },
  })
  return result
}

/**
 * The cooperative: the first cooperative (hợp tác xã) among the demo products' producers,
 * registered as a seller under its tax code (so it is that OCOP subject, with its certificates and
 * lots), approved, and selling the demo products it makes.
 */
async function seedCooperative(
  container: Container,
  products: DemoProduct[],
): Promise<{ sellerId: string; productIds: string[] } | undefined> {
  const login = DEMO_PEOPLE.cooperative
  const cooperatives = new Set(demoProducers.filter((p) => p.type === "cooperative").map((p) => p.key))
  const first = products.find((product) => cooperatives.has(product.producerKey))
  const producer = demoProducers.find((p) => p.key === first?.producerKey)
  if (!producer) return
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  let [seller] = await sellers.listSellers({ email: login.email })
  if (!seller) {
    const result = await runWorkflow<{ seller: typeof seller }>(container, "marketplace-register-seller", {
      auth_identity_id: await authIdentity(container, login),
      legal_name: producer.legalName,
      type: producer.type,
      tax_code: producer.taxCode,
      email: login.email,
      phone: "0912 345 678",
      address: { address_1: producer.address, province_code: producer.province },
      bank_account: {
        bank_name: "Agribank",
        account_number: "8300205000001",
        account_holder: producer.legalName.toUpperCase(),
      },
      story: producer.story,
    })
    seller = result.seller
  }
  if (seller.status !== "approved") {
    await runWorkflow(container, "marketplace-review-seller", { id: seller.id, decision: "approved" })
  }
  // Its products: the demo products of that producer not linked to a seller yet.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = products.filter((p) => p.producerKey === producer.key).map((p) => p.handle)
  const { data: made } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: handles } })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const wanted = (made as { id: string }[]).map((row) => ({
    [SELLER_MODULE]: { seller_id: seller.id },
    [Modules.PRODUCT]: { product_id: row.id },
  }))
  const productIds = (made as { id: string }[]).map((row) => row.id)
  if (!wanted.length) return { sellerId: seller.id, productIds }
  const taken = new Set(((await link.list(wanted)) as { product_id: string }[]).map((row) => row.product_id))
  const missing = wanted.filter((row) => !taken.has(row[Modules.PRODUCT].product_id))
  if (missing.length) await link.create(missing)
  return { sellerId: seller.id, productIds }
}

/**
 * The demo customer's orders of the cooperative's product, paid on delivery, one in each state the
 * cooperative meets: a new one to accept, one packed to ship, one shipped and one delivered (for the
 * payouts and what follows a delivery). Each is known by the `demo_order` of its metadata; an order
 * of an older demo without it is the packed one.
 */
const DEMO_ORDER_STATES = ["pending", "packed", "shipped", "delivered"] as const
type DemoOrderState = (typeof DEMO_ORDER_STATES)[number]

async function seedOrders(container: Container, customer: { id: string; email: string }, productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: placed } = await query.graph({
    entity: "order",
    fields: ["id", "metadata"],
    filters: { customer_id: customer.id },
  })
  const have = new Set(
    (placed as { metadata?: Record<string, unknown> | null }[]).map((o) => o.metadata?.demo_order ?? "packed"),
  )
  const missing = DEMO_ORDER_STATES.filter((state) => !have.has(state))
  if (!missing.length) return
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "product.sales_channels.id"],
    filters: { product_id: productIds },
  })
  // A variant of a product on sale (in the OCOP channel: certified)
  const variant = (variants as { id: string; product?: { sales_channels?: { id: string }[] } }[]).find(
    (row) => row.product?.sales_channels?.length,
  )
  const salesChannelId = variant?.product?.sales_channels?.[0]?.id
  if (!variant || !salesChannelId) return
  for (const state of missing) await seedOrder(container, customer, { variantId: variant.id, salesChannelId, state })
}

async function seedOrder(
  container: Container,
  customer: { id: string; email: string },
  { variantId, salesChannelId, state }: { variantId: string; salesChannelId: string; state: DemoOrderState },
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" }, { take: 1 })
  const address = {
    first_name: "An",
    last_name: "Nguyễn Văn",
    address_1: "12 Hàng Bạc, phường Hoàn Kiếm",
    city: "Hà Nội",
    province: "Hà Nội",
    country_code: "vn",
    phone: "0912345678",
  }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: region.id,
      customer_id: customer.id,
      email: customer.email,
      sales_channel_id: salesChannelId,
      items: [{ variant_id: variantId, quantity: state === "packed" ? 2 : 1 }],
      shipping_address: address,
      billing_address: address,
      metadata: { demo_order: state },
    },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: (options as { id: string }[])[0].id }] },
  })
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.id"],
    filters: { id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: (carts[0] as any).payment_collection.id, provider_id: "pp_system_default" },
  })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  // The split to sellers runs on order.placed (a subscriber, when the event bus delivers in this
  // process); otherwise it is run here, as its catch-up job does. One (seller, order) part is unique.
  const parts = () => container.resolve<SellerModuleService>(SELLER_MODULE).listSellerOrders({ order_id: order.id })
  let [part] = await parts()
  for (let attempt = 0; !part && attempt < 20; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    ;[part] = await parts()
  }
  if (!part) {
    await runWorkflow(container, "marketplace-split-order", { order_id: order.id })
    ;[part] = await parts()
  }
  if (!part || state === "pending") return
  await runWorkflow(container, "marketplace-advance-seller-order", { id: part.id, action: "accept" })
  await runWorkflow(container, "marketplace-advance-seller-order", { id: part.id, action: "pack" })
  if (state === "packed") return
  // Its own lines, as the seller's ship route sends them.
  const [view] = await presentSellerOrders(container, [part])
  await runWorkflow(container, "marketplace-ship-seller-order", {
    id: part.id,
    order_id: order.id,
    items: view.items.map((item) => ({ id: item.id, quantity: item.quantity })),
    tracking_number: `GHN-DEMO-${part.number}`,
    carrier: "Giao Hàng Nhanh",
  })
  if (state === "shipped") return
  await runWorkflow(container, "marketplace-deliver-seller-order", { id: part.id })
}

/** A verified distributor company: its approver registered it, and a buyer accepted its invitation. */
async function seedDistributor(container: Container) {
  const approver = await demoCustomer(container, DEMO_PEOPLE.distributor_approver, { first: "Hà", last: "Nguyễn Thu" })
  const buyer = await demoCustomer(container, DEMO_PEOPLE.distributor_buyer, { first: "Minh", last: "Trần Văn" })
  const distributors = container.resolve<any>(DISTRIBUTOR_MODULE)
  const TAX_CODE = "0109990001"
  let [company] = await distributors.listDistributorCompanies({ tax_code: TAX_CODE })
  if (!company) {
    const result = await runWorkflow(container, "wholesale-register-company", {
      customer_id: approver.id,
      email: approver.email,
      name: "Công ty TNHH Phân phối Đặc sản Việt (demo)",
      tax_code: TAX_CODE,
      invoice_address: "25 Tràng Tiền, phường Hoàn Kiếm, Hà Nội",
      delivery_addresses: [{ label: "Kho Long Biên", address_1: "8 Ngọc Lâm, phường Bồ Đề", province: "Hà Nội" }],
      contact_name: "Nguyễn Thu Hà",
      contact_phone: "0987 654 321",
      contact_email: approver.email,
    })
    company = result.company
  }
  if (company.status !== "verified") {
    await runWorkflow(container, "wholesale-review-company", { id: company.id, decision: "verified" })
  }
  let [member] = await distributors.listDistributorMembers({ company_id: company.id, email: buyer.email })
  if (!member) {
    member = await runWorkflow(container, "wholesale-add-member", {
      company_id: company.id,
      email: buyer.email,
      role: "buyer",
      spending_limit: 20_000_000,
    })
  }
  if (!member.customer_id) {
    await runWorkflow(container, "wholesale-accept-invitation", {
      member_id: member.id,
      customer_id: buyer.id,
      email: buyer.email,
    })
  }
}

/**
 * The demo people: one account per role (see DEMO_PEOPLE), idempotent. Only for the demo
 * (`npm start`, OCOP_DEMO=1), like the demo secrets that a production server refuses
 * (backend/src/config/secrets.ts); a production seed never creates these logins.
 */
export async function seedDemoPeople(container: Container, products: DemoProduct[]) {
  const cooperative = await seedCooperative(container, products)
  await seedDistributor(container)
  const customer = await demoCustomer(container, DEMO_PEOPLE.customer, { first: "An", last: "Nguyễn Văn" })
  if (cooperative) await seedOrders(container, customer, cooperative.productIds)
  return DEMO_PEOPLE
}
