import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_STORY_MODULE } from "@ocop/plugin-promotion/modules/product-story"
import { TRADE_EVENT_MODULE } from "@ocop/plugin-promotion/modules/trade-event"
import {
  createGiftBoxWorkflow,
  createOcopCampaignWorkflow,
  publishProductStoryWorkflow,
  saveTradeEventWorkflow,
} from "@ocop/plugin-promotion/workflows"
import type { DemoProduct } from "../catalogue/types"

const DAY = 86_400_000

/**
 * Trade promotion for the demo, each created once: a campaign running now, a fair coming up and a
 * live selling session, the first product's story and a gift box of products of two producers.
 * Dates are relative to the first seed (a later seed finds them by handle and leaves them be).
 */
export async function seedDemoPromotion(container: MedusaContainer, products: DemoProduct[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // The first product and the first of another producer (a gift box brings producers together).
  const pair = [products[0], products.find((p) => p.producerKey !== products[0]?.producerKey)].filter(
    (p): p is DemoProduct => Boolean(p),
  )
  const { data: rows } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id"],
    filters: { handle: pair.map((p) => p.handle) },
  })
  const byHandle = new Map(
    (rows as { id: string; handle: string; variants: { id: string }[] }[]).map((r) => [r.handle, r]),
  )
  const first = byHandle.get(pair[0]?.handle)
  const second = byHandle.get(pair[1]?.handle)
  const now = Date.now()

  const campaigns = await container
    .resolve(Modules.PROMOTION)
    .listCampaigns({}, { select: ["id", "campaign_identifier"] })
  const campaign = campaigns.find((row) => row.campaign_identifier === "mua-ocop-demo")
  if (!campaign) {
    await createOcopCampaignWorkflow(container).run({
      input: {
        name: "Tuần lễ sản phẩm OCOP 4–5 sao",
        identifier: "mua-ocop-demo",
        description: "Giảm 10% cho sản phẩm OCOP 4 và 5 sao trong tuần lễ giới thiệu sản phẩm.",
        starts_at: new Date(now - 2 * DAY),
        ends_at: new Date(now + 28 * DAY),
        discount: { type: "percentage", value: 10 },
        budget: { type: "usage", limit: 1000 },
        rules: { stars: [4, 5] },
      },
    })
  }

  const events = container.resolve<any>(TRADE_EVENT_MODULE)
  const [fair] = await events.listTradeEvents({ handle: "hoi-cho-ocop-demo" }, { take: 1 })
  if (!fair) {
    await saveTradeEventWorkflow(container).run({
      input: {
        data: {
          handle: "hoi-cho-ocop-demo",
          title: "Hội chợ sản phẩm OCOP các tỉnh phía Bắc",
          description: "Gian hàng của các hợp tác xã, thử sản phẩm và gặp nhà phân phối.",
          kind: "fair",
          starts_at: new Date(now + 14 * DAY),
          ends_at: new Date(now + 17 * DAY),
          place: "Trung tâm Triển lãm Giảng Võ, Ba Đình, Hà Nội",
          stream_url: null,
          province: "Hà Nội",
          producer_ids: [],
          product_ids: first ? [first.id] : [],
        },
      },
    })
  }
  const [live] = await events.listTradeEvents({ handle: "ban-hang-truc-tiep-demo" }, { take: 1 })
  if (!live) {
    await saveTradeEventWorkflow(container).run({
      input: {
        data: {
          handle: "ban-hang-truc-tiep-demo",
          title: "Phiên bán hàng trực tiếp: đặc sản vùng cao",
          description: "Hợp tác xã giới thiệu sản phẩm và trả lời câu hỏi trực tiếp.",
          kind: "live",
          starts_at: new Date(now + 2 * DAY),
          ends_at: new Date(now + 2 * DAY + 2 * 3_600_000),
          place: null,
          stream_url: "https://www.youtube.com/@ocop-demo/live",
          province: null,
          producer_ids: [],
          product_ids: [first, second].filter(Boolean).map((p) => p!.id),
        },
      },
    })
  }

  if (first) {
    const [story] = await container
      .resolve<any>(PRODUCT_STORY_MODULE)
      .listProductStories({ product_id: first.id }, { take: 1 })
    if (!story) {
      await publishProductStoryWorkflow(container).run({
        input: {
          product_id: first.id,
          title: `Câu chuyện sản phẩm: ${products[0].title}`,
          body: products[0].description,
          photos: [],
          video_url: null,
          written_by: "Ban quản lý chương trình OCOP (demo)",
        },
      })
    }
  }

  if (first && second) {
    const [box] = await container.resolve(Modules.PRODUCT).listProducts({ handle: "hop-qua-ocop-demo" }, { take: 1 })
    if (!box) {
      await createGiftBoxWorkflow(container).run({
        input: {
          title: "Hộp quà OCOP Tết",
          handle: "hop-qua-ocop-demo",
          description: `${pair[0].title} và ${pair[1].title} trong một hộp quà.`,
          price: 650_000,
          parts: [
            { variant_id: first.variants[0].id, quantity: 1 },
            { variant_id: second.variants[0].id, quantity: 1 },
          ],
        },
      })
    }
  }
}
