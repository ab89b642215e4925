import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, executeWithConcurrency, Modules } from "@medusajs/framework/utils"
import { CERTIFICATION_MODULE } from "@ocop/plugin-ocop/modules/certification"
import { checkEventInput, TRACEABILITY_MODULE } from "@ocop/plugin-ocop/modules/traceability"
import { parseGtin, VIETNAM_GS1_PREFIX, withCheckDigit } from "@ocop/plugin-ocop/gs1"
import { addDays, addMonths, vnDateOf } from "@ocop/plugin-ocop/rules"
import { demoProducers } from "../catalogue/producers"
import { demoProducts } from "../catalogue/products"
import type { DemoProducer, DemoProduct, ProductGroup } from "../catalogue/types"

/**
 * The demo traceability data, for every seeded physical product (not group 6 services):
 *
 * - a GTIN-14 per variant, deterministic and unique: 0 + 893 (GS1 Vietnam) + a 4-digit company
 *   number from the producer's position in the catalogue + a 5-digit item reference from the
 *   product's position among its producer's products and the variant's position + check digit;
 * - 1 or 2 lots of the first variant (fixed lot numbers, so re-running finds them), produced
 *   20–120 days before the seed runs, with the producer from the product's certificate;
 * - a history per lot with +07:00 times, all in the past: harvest/raw material (commissioning)
 *   → quality inspection at the cooperative with a test report → packing → shipping to a
 *   distributor → receiving → retail sale (the newer lot stops earlier, as it would in real life).
 *
 * Written through the traceability module (the same hashing and chaining as the API), in bulk.
 * Idempotent: trade items are keyed by variant, lots by GTIN + lot number, and a lot's history
 * is written only when it has none.
 */

type Row = Record<string, any>

/** Lots whose histories are written at the same time. */
const APPEND_CONCURRENCY = 4

/** Approximate administrative centres of the 34 units (demo coordinates of farms and workshops). */
const CENTRES: Record<string, [number, number]> = {
  "Hà Nội": [21.028, 105.854],
  Huế: [16.463, 107.59],
  "Lai Châu": [22.396, 103.458],
  "Điện Biên": [21.386, 103.023],
  "Sơn La": [21.327, 103.914],
  "Lạng Sơn": [21.853, 106.761],
  "Quảng Ninh": [20.959, 107.043],
  "Thanh Hóa": [19.807, 105.776],
  "Nghệ An": [18.679, 105.681],
  "Hà Tĩnh": [18.342, 105.906],
  "Cao Bằng": [22.666, 106.258],
  "Tuyên Quang": [21.823, 105.214],
  "Lào Cai": [22.338, 104.148],
  "Thái Nguyên": [21.594, 105.848],
  "Phú Thọ": [21.322, 105.402],
  "Bắc Ninh": [21.186, 106.076],
  "Hưng Yên": [20.646, 106.051],
  "Hải Phòng": [20.845, 106.688],
  "Ninh Bình": [20.251, 105.975],
  "Quảng Trị": [16.816, 107.1],
  "Đà Nẵng": [16.054, 108.202],
  "Quảng Ngãi": [15.12, 108.792],
  "Gia Lai": [13.983, 108.0],
  "Khánh Hòa": [12.238, 109.196],
  "Lâm Đồng": [11.94, 108.458],
  "Đắk Lắk": [12.667, 108.038],
  "Hồ Chí Minh": [10.776, 106.7],
  "Đồng Nai": [10.957, 106.843],
  "Tây Ninh": [11.31, 106.098],
  "Cần Thơ": [10.045, 105.747],
  "Vĩnh Long": [10.253, 105.972],
  "Đồng Tháp": [10.455, 105.634],
  "Cà Mau": [9.177, 105.15],
  "An Giang": [10.386, 105.435],
}

/** Invented distributors and shops (GLNs with valid check digits under an invented 893 prefix). */
const DISTRIBUTORS = [
  {
    name: "Công ty TNHH Phân phối Nông sản Việt Xanh",
    address: "Số 18 Nguyễn Văn Cừ, phường Bồ Đề, thành phố Hà Nội",
    gln: withCheckDigit("893999900001"),
  },
  {
    name: "Công ty Cổ phần Thương mại Đặc sản Sài Gòn",
    address: "Số 45 Lê Văn Sỹ, phường Nhiêu Lộc, Thành phố Hồ Chí Minh",
    gln: withCheckDigit("893999900002"),
  },
  {
    name: "Công ty TNHH Đặc sản Ba Miền Đà Nẵng",
    address: "Số 120 Nguyễn Văn Linh, phường Thanh Khê, thành phố Đà Nẵng",
    gln: withCheckDigit("893999900003"),
  },
]
const SHOPS = [
  {
    name: "Cửa hàng OCOP Hoàn Kiếm",
    address: "Số 2 Hàng Bài, phường Hoàn Kiếm, thành phố Hà Nội",
    gln: withCheckDigit("893999900011"),
  },
  {
    name: "Điểm bán OCOP Bến Thành",
    address: "Chợ Bến Thành, phường Bến Thành, Thành phố Hồ Chí Minh",
    gln: withCheckDigit("893999900012"),
  },
  {
    name: "Cửa hàng Đặc sản Hàn Thị",
    address: "Số 8 Bạch Đằng, phường Hải Châu, thành phố Đà Nẵng",
    gln: withCheckDigit("893999900013"),
  },
]

/** FNV-1a: a small deterministic hash for choices. */
function hash(text: string) {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

/** 0 + 893 + company (4) + item (5) + check digit. */
export function demoGtin(producerIndex: number, productIndexForProducer: number, variantIndex: number): string {
  const company = String(1000 + producerIndex).padStart(4, "0")
  const item = String(productIndexForProducer * 10 + variantIndex).padStart(5, "0")
  const gtin = withCheckDigit(`0${VIETNAM_GS1_PREFIX}${company}${item}`)
  if (!parseGtin(gtin).ok) throw new Error(`Seed data: bad GTIN ${gtin}`)
  return gtin
}

function lotCode(product: DemoProduct, catalogueIndex: number, lot: number) {
  const initials = product.handle
    .split("-")
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("")
    .replace(/[^A-Z]/g, "")
    .slice(0, 4)
  return `${initials}${String(catalogueIndex).padStart(3, "0")}-${lot === 0 ? "A" : "B"}`
}

const SHELF_LIFE_MONTHS: Partial<Record<ProductGroup, number>> = { 1: 18, 2: 24, 3: 24 }

/** The raw material of each product line of the demo catalogue (by line, never by title). */
const RAW_MATERIALS: Record<string, string> = {
  "Mật ong": "Mật ong thô từ các đàn ong",
  Gạo: "Thóc",
  "Nước mắm": "Cá cơm tươi, muối biển",
  "Mắm, tương": "Cá, đậu nành, muối",
  "Chè/Trà": "Búp chè tươi",
  "Trà thảo dược": "Thảo dược tươi",
  "Cà phê": "Quả cà phê chín",
  "Ca cao": "Hạt ca cao lên men",
  Rượu: "Gạo nếp, men lá",
  "Nước ép, giải khát": "Trái cây tươi",
  "Gốm sứ": "Đất sét trắng, men gốm",
  Lụa: "Tơ tằm",
  "Dệt thổ cẩm": "Sợi bông, sợi lanh, thuốc nhuộm tự nhiên",
  "Sơn mài": "Gỗ, sơn ta, vỏ trứng, vàng bạc quỳ",
  "Mây tre đan, cói, lục bình": "Mây, tre, cói, lục bình",
  "Đồ gỗ mỹ nghệ": "Gỗ rừng trồng",
  "Nón lá": "Lá nón, tre",
  "Tranh dân gian": "Giấy dó, màu tự nhiên",
  "Bún, miến, bánh tráng": "Gạo, dong riềng",
  "Bánh kẹo, mứt": "Đường, trái cây, các loại hạt",
  "Trái cây sấy": "Trái cây tươi",
  "Trái cây tươi": "Trái cây tươi",
  "Hạt dinh dưỡng": "Hạt điều, mắc ca",
  "Gia vị": "Gia vị tươi",
  Nghệ: "Củ nghệ tươi",
  Sâm: "Củ sâm",
  "Dược liệu khô": "Dược liệu tươi",
  "Tinh dầu": "Lá, vỏ cây có tinh dầu",
  "Thịt chế biến": "Thịt tươi",
  "Thủy hải sản": "Thủy hải sản tươi",
  "Yến sào": "Tổ yến thô",
  "Đường, mật": "Cây mía",
  Bonsai: "Cây giống",
  "Hoa lan": "Cây giống lan",
  "Hoa, cây cảnh": "Cây giống",
  "Cá cảnh": "Cá giống",
}

function rawMaterial(product: DemoProduct): string {
  return RAW_MATERIALS[product.line] ?? `Nguyên liệu ${product.line.toLowerCase()}`
}

function place(name: string, address: string, province: string, seed: string) {
  const [lat, lng] = CENTRES[province] ?? CENTRES["Hà Nội"]
  const h = hash(seed)
  const round = (v: number) => Math.round(v * 10_000) / 10_000
  return {
    name,
    address,
    lat: round(lat + ((h % 2000) - 1000) / 10_000),
    lng: round(lng + (((h >>> 11) % 2000) - 1000) / 10_000),
  }
}

/** The story of one lot: events up to `steps` (6 = sold in a shop), times +07:00, all before `now`. */
function history(
  product: DemoProduct,
  producer: DemoProducer,
  production: string,
  code: string,
  steps: number,
  quantity: number,
  now: Date,
) {
  const at = (day: string, time: string) => `${day}T${time}:00+07:00`
  const farm = place(
    product.group === 4 ? `Xưởng nguyên liệu ${producer.legalName}` : `Vùng nguyên liệu ${producer.legalName}`,
    producer.address,
    producer.province,
    `${producer.key}:farm`,
  )
  const workshop = { ...place(producer.legalName, producer.address, producer.province, `${producer.key}:workshop`) }
  const distributor = DISTRIBUTORS[hash(code) % DISTRIBUTORS.length]
  const shop = SHOPS[DISTRIBUTORS.indexOf(distributor)]
  const shipped = Math.round(quantity * 0.6)
  const events = [
    {
      event_type: "ObjectEvent",
      action: "ADD",
      biz_step: "commissioning",
      disposition: "active",
      event_time: at(addDays(production, -1), "06:30"),
      read_point: farm,
      biz_location: farm,
      actor: { name: producer.legalName, role: "producer" },
      quantities: [{ quantity }],
      note: `${rawMaterial(product)} — ${product.group === 4 ? "nhận nguyên liệu, bắt đầu sản xuất" : "thu hoạch, khởi tạo lô"} ${code}`,
    },
    {
      event_type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "inspecting",
      disposition: "conformant",
      event_time: at(addDays(production, 1), "09:00"),
      read_point: workshop,
      biz_location: workshop,
      actor: { name: `Tổ kiểm tra chất lượng — ${producer.legalName}`, role: "quality_control" },
      attachments: [
        {
          url: `https://ocop.example/demo/test-reports/${code}.pdf`,
          kind: "test_report",
          name:
            product.group <= 3
              ? "Phiếu kết quả thử nghiệm chỉ tiêu an toàn thực phẩm (demo)"
              : "Biên bản kiểm tra chất lượng thành phẩm (demo)",
        },
      ],
      note: "Đạt tiêu chuẩn cơ sở đã công bố",
    },
    {
      event_type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "packing",
      disposition: "in_progress",
      event_time: at(addDays(production, 2), "14:00"),
      read_point: workshop,
      biz_location: workshop,
      actor: { name: producer.legalName, role: "producer" },
      quantities: [{ quantity }],
      note: `Đóng gói, dán tem truy xuất ${product.variants[0]?.title ?? ""}`.trim(),
    },
    {
      event_type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "shipping",
      disposition: "in_transit",
      event_time: at(addDays(production, 4), "08:00"),
      read_point: workshop,
      biz_location: workshop,
      actor: { name: producer.legalName, role: "producer" },
      destination: { type: "owning_party", name: distributor.name, gln: distributor.gln, address: distributor.address },
      quantities: [{ quantity: shipped }],
    },
    {
      event_type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "receiving",
      disposition: "sellable_not_accessible",
      event_time: at(addDays(production, 5), "15:30"),
      read_point: { gln: distributor.gln, name: distributor.name, address: distributor.address },
      biz_location: { gln: distributor.gln, name: distributor.name, address: distributor.address },
      actor: { name: distributor.name, gln: distributor.gln, role: "distributor" },
      source: { type: "owning_party", name: producer.legalName },
      quantities: [{ quantity: shipped }],
    },
    {
      event_type: "ObjectEvent",
      action: "OBSERVE",
      biz_step: "retail_selling",
      disposition: "retail_sold",
      event_time: at(addDays(production, 8), "10:00"),
      read_point: { gln: shop.gln, name: shop.name, address: shop.address },
      biz_location: { gln: shop.gln, name: shop.name, address: shop.address },
      actor: { name: shop.name, gln: shop.gln, role: "retailer" },
    },
  ]
  return events.slice(0, steps).filter((e) => new Date(e.event_time).getTime() < now.getTime() - 60 * 60 * 1000)
}

export async function seedTraceability(container: MedusaContainer, input: { products: DemoProduct[] }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const productService = container.resolve(Modules.PRODUCT)
  const traceability = container.resolve<any>(TRACEABILITY_MODULE)
  const certification = container.resolve<any>(CERTIFICATION_MODULE)
  const now = new Date()
  const today = vnDateOf(now)

  const producers = new Map(demoProducers.map((p, i) => [p.key, { producer: p, index: i }]))
  const catalogueIndex = new Map(demoProducts.map((p, i) => [p.handle, i]))
  const indexForProducer = new Map<string, number>()
  const counters = new Map<string, number>()
  for (const product of demoProducts) {
    const n = counters.get(product.producerKey) ?? 0
    indexForProducer.set(product.handle, n)
    counters.set(product.producerKey, n + 1)
  }

  const goods = input.products.filter((p) => !p.isService)
  const products = (await productService.listProducts(
    { handle: goods.map((p) => p.handle) },
    { select: ["id", "handle"], relations: ["variants"], take: null },
  )) as Row[]
  const byHandle = new Map(products.map((p) => [p.handle, p]))

  // Trade items: one GTIN per variant.
  const variantIds = products.flatMap((p) => (p.variants as Row[]).map((v) => v.id))
  const existingItems = variantIds.length
    ? ((await traceability.listTraceTradeItems({ variant_id: variantIds }, { take: null })) as Row[])
    : []
  const itemByVariant = new Map(existingItems.map((i) => [i.variant_id, i]))
  const newItems: Row[] = []
  for (const product of goods) {
    const stored = byHandle.get(product.handle)
    const owner = producers.get(product.producerKey)
    if (!stored || !owner) continue
    product.variants.forEach((variant, v) => {
      const storedVariant = (stored.variants as Row[]).find((sv) => sv.sku === variant.sku)
      if (!storedVariant || itemByVariant.has(storedVariant.id)) return
      newItems.push({
        variant_id: storedVariant.id,
        product_id: stored.id,
        gtin14: demoGtin(owner.index, indexForProducer.get(product.handle) ?? 0, v),
      })
    })
  }
  if (newItems.length) {
    const created = (await traceability.createTraceTradeItems(newItems)) as Row[]
    await link.create(
      created.map((item) => ({
        [Modules.PRODUCT]: { product_variant_id: item.variant_id },
        [TRACEABILITY_MODULE]: { trace_trade_item_id: item.id },
      })),
    )
    for (const item of created) itemByVariant.set(item.variant_id, item)
  }

  // The producer of each product: the subject of its certificate.
  const certificates = products.length
    ? ((await certification.listOcopCertificates(
        { product_id: products.map((p) => p.id) },
        { select: ["product_id", "subject_id"], take: null },
      )) as Row[])
    : []
  const subjectOf = new Map(certificates.map((c) => [c.product_id, c.subject_id]))

  // Lots of the first variant, and their histories.
  const plans: { data: Row; product: DemoProduct; producer: DemoProducer; steps: number }[] = []
  for (const product of goods) {
    const stored = byHandle.get(product.handle)
    const owner = producers.get(product.producerKey)
    const subjectId = stored ? subjectOf.get(stored.id) : undefined
    if (!stored || !owner || !subjectId) continue
    const first = (stored.variants as Row[]).find((v) => v.sku === product.variants[0]?.sku)
    const item = first && itemByVariant.get(first.id)
    if (!item) continue
    const index = catalogueIndex.get(product.handle) ?? 0
    const h = hash(product.handle)
    const count = 1 + (h % 2)
    for (let lot = 0; lot < count; lot++) {
      // The older lot has gone all the way to a shop; the newer one is still on its way.
      const age = lot === 0 ? 60 + (h % 60) : 20 + ((h >>> 8) % 25)
      const production = addDays(today, -age)
      const shelf = SHELF_LIFE_MONTHS[product.group]
      const stock = product.variants[0]?.stock ?? 50
      plans.push({
        product,
        producer: owner.producer,
        steps: lot === 0 ? 6 : 3 + ((h >>> 4) % 3),
        data: {
          gtin14: item.gtin14,
          lot_code: lotCode(product, index, lot),
          variant_id: first.id,
          product_id: stored.id,
          subject_id: subjectId,
          production_date: production,
          best_before: shelf ? addMonths(production, shelf) : null,
          expiry_date: null,
          quantity_produced: Math.max(50, stock * 4),
          unit: "H87",
          origin_area: `${owner.producer.address}`,
          inputs: [{ name: rawMaterial(product), producer: owner.producer.legalName }],
        },
      })
    }
  }

  const existingLots = plans.length
    ? ((await traceability.listTraceLots(
        { variant_id: [...new Set(plans.map((p) => p.data.variant_id))] },
        { take: null },
      )) as Row[])
    : []
  const lotKey = (l: Row) => `${l.gtin14}|${l.lot_code}`
  const lots = new Map(existingLots.map((l) => [lotKey(l), l]))
  const missing = plans.filter((p) => !lots.has(lotKey(p.data)))
  if (missing.length) {
    const created = (await traceability.registerTraceLots(missing.map((p) => p.data))) as Row[]
    await link.create(
      created.map((lot) => ({
        [Modules.PRODUCT]: { product_variant_id: lot.variant_id },
        [TRACEABILITY_MODULE]: { trace_lot_id: lot.id },
      })),
    )
    for (const lot of created) lots.set(lotKey(lot), lot)
  }

  let written = 0
  const withEvents = new Set(
    lots.size
      ? (
          (await traceability.listTraceEvents(
            { lot_id: [...lots.values()].map((l) => l.id), sequence: 1 },
            { select: ["lot_id"], take: null },
          )) as Row[]
        ).map((e) => e.lot_id)
      : [],
  )
  // Each lot's history is one append (hashes chained under a lock on that lot): lots go
  // APPEND_CONCURRENCY at a time.
  const appends = plans.flatMap((plan) => {
    const lot = lots.get(lotKey(plan.data))!
    if (withEvents.has(lot.id)) return []
    const events = history(
      plan.product,
      plan.producer,
      plan.data.production_date,
      plan.data.lot_code,
      plan.steps,
      plan.data.quantity_produced,
      now,
    ).map((event) => {
      const checked = checkEventInput({ ...event, origin: "seed" } as any, now)
      if (!checked.ok) throw new Error(`Seed data: lot ${plan.data.lot_code}: ${JSON.stringify(checked.errors)}`)
      return checked.value
    })
    if (!events.length) return []
    written += events.length
    return [() => traceability.appendTraceEvents(lot.id, events)]
  })
  const appended = await executeWithConcurrency(appends, APPEND_CONCURRENCY)
  const failed = appended.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected")
  if (failed) throw failed.reason
  logger.info(
    `Traceability: ${newItems.length} GTINs and ${missing.length} lots created (${itemByVariant.size} GTINs, ${lots.size} lots in all), ${written} events written`,
  )
}
