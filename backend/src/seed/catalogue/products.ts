import { demoProducers } from "./producers"
import type { DemoProduct, DemoVariant, ProductGroup } from "./types"
import { findSubgroup, slugify, stripDiacritics } from "@ocop/reference"

/**
 * The demo catalogue, generated deterministically: each product line names a producer, a template, a
 * place and the kinds it makes; the template gives the title pattern, sizes with VND price ranges and
 * the description. Prices, variant choice, stock, stars and scores come from a PRNG seeded by the handle,
 * so the same catalogue comes out on every run.
 */

/** Vietnamese name, English name, and a price factor against the template's sizes (default 1). */
type Kind = [vi: string, en: string, factor?: number]
/** Variant label in Vietnamese and English, SKU suffix, and the VND price range before the kind factor. */
type Size = [vi: string, en: string, code: string, min: number, max: number]
type Names = { title: string; titleEn: string; place: string; placeEn: string }

type Template = {
  group: ProductGroup
  /** The demo's product line ("Mật ong", "Gốm sứ"): names its raw material in the trace records. */
  line: string
  /**
   * Its subgroup in Decision 148/QĐ-TTg, by code ("1.2"). The decision puts tea (1.5) and coffee
   * and cocoa (1.6) in group 1, food, not with the drinks of group 2.
   */
  subgroup: string
  /** Patterns with {k}/{K} for the kind and {p}/{P} for the place (Vietnamese/English). */
  title?: string
  titleEn?: string
  kinds: Record<string, Kind>
  sizes: Size[]
  describe: (names: Names) => [vi: string, en: string]
  /** Bookable services: stock is the number of places per date, within this range. */
  capacity?: [number, number]
}

const TEMPLATES = {
  honey: {
    group: 1,
    line: "Mật ong",
    subgroup: "1.2",
    title: "Mật ong {k} {p}",
    titleEn: "{P} {K} honey",
    kinds: {
      nhan: ["hoa nhãn", "longan blossom"],
      vai: ["hoa vải", "lychee blossom"],
      caPhe: ["hoa cà phê", "coffee blossom"],
      bacHa: ["bạc hà", "mint flower"],
      rung: ["rừng", "wild forest"],
      tram: ["hoa tràm", "melaleuca blossom"],
      keo: ["hoa keo", "acacia blossom"],
    },
    sizes: [
      ["Chai 250 ml", "250 ml bottle", "250ML", 120_000, 170_000],
      ["Chai 500 ml", "500 ml bottle", "500ML", 200_000, 290_000],
      ["Chai 1 lít", "1 litre bottle", "1L", 360_000, 450_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} thu hoạch tại ${place}, quay ly tâm và lọc lạnh, không pha đường. Đóng chai thủy tinh, bảo quản nơi khô mát.`,
      `${titleEn}, harvested in ${placeEn}, centrifuged and cold-filtered with no added sugar. Bottled in glass; store in a cool, dry place.`,
    ],
  },
  fishSauce: {
    group: 1,
    line: "Nước mắm",
    subgroup: "1.4",
    title: "Nước mắm {p} {k}",
    titleEn: "{P} fish sauce, {K}",
    kinds: {
      c30: ["cá cơm 30 độ đạm", "anchovy 30°N"],
      c40: ["cá cơm 40 độ đạm", "anchovy 40°N", 1.3],
      nhi: ["nhĩ cá cơm", "first-press anchovy", 1.8],
    },
    sizes: [
      ["Chai 250 ml", "250 ml bottle", "250ML", 40_000, 65_000],
      ["Chai 500 ml", "500 ml bottle", "500ML", 70_000, 120_000],
      ["Can 2 lít", "2 litre jug", "2L", 240_000, 400_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} ủ chượp từ cá tươi và muối biển trong 12–18 tháng, không chất bảo quản. Vị đậm, hậu ngọt, dùng chấm hoặc nêm món ăn.`,
      `${titleEn}, fermented from fresh fish and sea salt for 12–18 months with no preservatives. Rich with a sweet finish, for dipping or cooking.`,
    ],
  },
  rice: {
    group: 1,
    line: "Gạo",
    subgroup: "1.2",
    title: "Gạo {k} {p}",
    titleEn: "{P} {K} rice",
    kinds: {
      st25: ["ST25", "ST25", 1.2],
      lutSt25: ["lứt ST25", "ST25 brown", 1.3],
      tam: ["tám thơm", "fragrant Tam"],
      nepNuong: ["nếp nương", "upland sticky", 1.1],
      nepCai: ["nếp cái hoa vàng", "yellow-flower sticky", 1.2],
      nangThom: ["nàng thơm", "Nang Thom fragrant"],
      sengCu: ["Séng Cù", "Seng Cu"],
      nepTan: ["nếp tan", "Tan sticky", 1.1],
      lutDo: ["lứt đỏ", "red brown", 1.2],
    },
    sizes: [
      ["Túi 2 kg", "2 kg bag", "2KG", 60_000, 90_000],
      ["Túi 5 kg", "5 kg bag", "5KG", 140_000, 210_000],
      ["Bao 10 kg", "10 kg sack", "10KG", 270_000, 400_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} vụ mới, xay xát và đóng gói ngay tại vùng trồng. Cơm mềm dẻo, thơm tự nhiên.`,
      `${titleEn} from the latest harvest, milled and packed where it is grown. Cooks soft and naturally fragrant.`,
    ],
  },
  driedFruit: {
    group: 1,
    line: "Trái cây sấy",
    subgroup: "1.3",
    kinds: {
      man: ["Mận sấy dẻo", "soft-dried plums"],
      vai: ["Vải thiều sấy", "dried lychees", 1.2],
      longNhan: ["Long nhãn", "dried longan flesh", 1.8],
      hong: ["Hồng sấy dẻo", "soft-dried persimmons", 1.3],
      hongTreo: ["Hồng treo gió", "wind-dried persimmons", 1.6],
      dau: ["Dâu tây sấy dẻo", "soft-dried strawberries", 1.4],
      thanhLong: ["Thanh long sấy dẻo", "soft-dried dragon fruit"],
      khoai: ["Khoai lang sấy dẻo", "soft-dried sweet potato", 0.6],
      nho: ["Nho sấy khô", "raisins"],
      mangCau: ["Mãng cầu sấy dẻo", "soft-dried sugar apple"],
      xoai: ["Xoài sấy dẻo", "soft-dried mango"],
    },
    sizes: [
      ["Túi 200 g", "200 g bag", "200G", 45_000, 75_000],
      ["Túi 500 g", "500 g bag", "500G", 95_000, 160_000],
      ["Hộp 1 kg", "1 kg box", "1KG", 180_000, 300_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} làm từ nguyên liệu chín chọn lọc, sấy ở nhiệt độ thấp để giữ vị ngọt tự nhiên. Không thêm chất bảo quản.`,
      `${titleEn}, made from selected ripe produce dried at low temperature to keep its natural sweetness. No preservatives added.`,
    ],
  },
  sweets: {
    group: 1,
    line: "Bánh kẹo, mứt",
    subgroup: "1.3",
    kinds: {
      cheLam: ["Chè lam", "che lam ginger rice cake"],
      meXung: ["Mè xửng", "sesame brittle"],
      mutGung: ["Mứt gừng", "candied ginger"],
      oMai: ["Ô mai mơ", "salted apricot o mai", 1.4],
      banhGai: ["Bánh gai", "ramie-leaf cake"],
      cuDo: ["Kẹo cu đơ", "cu do peanut candy"],
      keoLac: ["Kẹo lạc", "peanut brittle"],
      banhCay: ["Bánh cáy", "cay puffed-rice cake"],
      dauXanh: ["Bánh đậu xanh", "mung bean cake"],
      siuChau: ["Kẹo Sìu Châu", "Siu Chau sesame candy"],
      banhNhan: ["Bánh nhãn", "longan-shaped biscuits"],
      pia: ["Bánh pía", "pia cake", 1.3],
      mutKhom: ["Mứt khóm", "candied pineapple"],
      keoDua: ["Kẹo dừa", "coconut candy"],
      keoDuaSauRieng: ["Kẹo dừa sầu riêng", "durian coconut candy", 1.2],
      mutDua: ["Mứt dừa", "candied coconut"],
    },
    sizes: [
      ["Hộp 250 g", "250 g box", "250G", 35_000, 65_000],
      ["Hộp 500 g", "500 g box", "500G", 65_000, 120_000],
      ["Hộp quà 1 kg", "1 kg gift box", "1KG", 130_000, 230_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} làm thủ công theo công thức truyền thống, đóng hộp tiện làm quà. Dùng ngon nhất trong 3 tháng kể từ ngày sản xuất.`,
      `${titleEn}, handmade to a traditional recipe and boxed as a gift. Best within three months of production.`,
    ],
  },
  seafood: {
    group: 1,
    line: "Thủy hải sản",
    subgroup: "1.3",
    kinds: {
      chaMuc: ["Chả mực", "squid cakes", 0.7],
      mucKho: ["Mực khô", "dried squid", 1.8],
      mucNang: ["Mực một nắng", "sun-kissed squid", 1.2],
      saSung: ["Sá sùng khô", "dried peanut worms", 4],
      chaCa: ["Chả cá", "fish cakes", 0.5],
      tomKho: ["Tôm khô", "dried shrimp", 1.5],
      baKhia: ["Ba khía muối", "salted marsh crab", 0.4],
      caDua: ["Khô cá dứa", "dried pangasius"],
      caLoc: ["Khô cá lóc", "dried snakehead fish"],
      caThu: ["Cá thu một nắng", "sun-kissed mackerel"],
      caNgu: ["Khô cá ngừ", "dried tuna", 0.8],
    },
    sizes: [
      ["Gói 250 g", "250 g pack", "250G", 100_000, 200_000],
      ["Gói 500 g", "500 g pack", "500G", 190_000, 380_000],
      ["Gói 1 kg", "1 kg pack", "1KG", 370_000, 740_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} chế biến từ thủy sản đánh bắt trong ngày, theo cách làm truyền thống của ngư dân địa phương. Bảo quản ngăn mát hoặc ngăn đông.`,
      `${titleEn}, prepared from the day's catch the way local fishers have always done it. Keep refrigerated or frozen.`,
    ],
  },
  spices: {
    group: 1,
    line: "Gia vị",
    subgroup: "1.4",
    kinds: {
      thaoQua: ["Thảo quả", "black cardamom", 1.2],
      macKhen: ["Hạt mắc khén", "mac khen prickly ash", 1.5],
      hoi: ["Hoa hồi", "star anise", 1.2],
      queThanh: ["Quế thanh", "cinnamon quills"],
      queBot: ["Quế bột", "ground cinnamon"],
      tieuDen: ["Hồ tiêu đen", "black pepper"],
      tieuDo: ["Tiêu đỏ", "red peppercorns", 1.6],
      toiCoDon: ["Tỏi cô đơn", "single-clove garlic", 2],
      toiDen: ["Tỏi đen", "black garlic", 2.5],
      muoiTom: ["Muối tôm", "shrimp salt", 0.6],
      muoiHat: ["Muối hạt", "coarse sea salt", 0.25],
    },
    sizes: [
      ["Hũ 100 g", "100 g jar", "100G", 35_000, 60_000],
      ["Túi 250 g", "250 g bag", "250G", 70_000, 120_000],
      ["Túi 500 g", "500 g bag", "500G", 130_000, 220_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} thu hái đúng vụ, làm sạch và chế biến ngay tại vùng trồng. Hương vị đậm, dùng tẩm ướp và nấu ăn hằng ngày.`,
      `${titleEn}, harvested in season, cleaned and processed where it grows. Full-flavoured, for marinades and everyday cooking.`,
    ],
  },
  meat: {
    group: 1,
    line: "Thịt chế biến",
    subgroup: "1.3",
    kinds: {
      trau: ["Thịt trâu gác bếp", "smoked buffalo jerky", 2.5],
      bo: ["Thịt bò gác bếp", "smoked beef jerky", 2.4],
      lapSuonGacBep: ["Lạp sườn gác bếp", "kitchen-smoked sausage", 1.2],
      lapSuon: ["Lạp sườn", "Chinese-style sausage", 1.1],
      lapXuong: ["Lạp xưởng", "lap xuong sausage"],
      nemChua: ["Nem chua", "fermented pork rolls", 0.7],
    },
    sizes: [
      ["Gói 500 g", "500 g pack", "500G", 90_000, 180_000],
      ["Gói 1 kg", "1 kg pack", "1KG", 180_000, 340_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} làm từ thịt tươi, tẩm gia vị địa phương, hun khói hoặc lên men theo cách truyền thống. Bảo quản ngăn mát, dùng trong 30 ngày.`,
      `${titleEn}, made from fresh meat with local seasonings, smoked or fermented the traditional way. Keep refrigerated; use within 30 days.`,
    ],
  },
  noodles: {
    group: 1,
    line: "Bún, miến, bánh tráng",
    subgroup: "1.3",
    kinds: {
      mien: ["Miến dong", "canna glass noodles"],
      banhDaVung: ["Bánh đa vừng", "sesame rice crackers"],
      comChay: ["Cơm cháy chà bông", "crispy rice with pork floss", 1.6],
      trangDua: ["Bánh tráng nước dừa", "coconut rice paper"],
      trangMe: ["Bánh tráng mè", "sesame rice paper"],
      phoiSuong: ["Bánh tráng phơi sương", "dew-dried rice paper", 1.2],
      huTieu: ["Hủ tiếu khô", "dried hu tieu noodles"],
    },
    sizes: [
      ["Gói 300 g", "300 g pack", "300G", 30_000, 50_000],
      ["Gói 500 g", "500 g pack", "500G", 45_000, 80_000],
      ["Thùng 2 kg", "2 kg carton", "2KG", 160_000, 280_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} làm từ nguyên liệu địa phương, phơi nắng tự nhiên, không hàn the, không chất tẩy trắng.`,
      `${titleEn}, made from local ingredients and sun-dried, with no borax or bleaching agents.`,
    ],
  },
  nuts: {
    group: 1,
    line: "Hạt dinh dưỡng",
    subgroup: "1.3",
    kinds: {
      macCa: ["Hạt mắc ca", "macadamia nuts"],
      hatDe: ["Hạt dẻ", "chestnuts", 0.6],
      dieu: ["Hạt điều rang muối", "salted roasted cashews"],
      dieuCui: ["Hạt điều rang củi", "wood-fire roasted cashews", 1.1],
      hatSen: ["Hạt sen sấy", "dried lotus seeds", 0.9],
    },
    sizes: [
      ["Hũ 250 g", "250 g jar", "250G", 90_000, 150_000],
      ["Hũ 500 g", "500 g jar", "500G", 170_000, 280_000],
      ["Túi 1 kg", "1 kg bag", "1KG", 320_000, 520_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} tuyển chọn từng hạt, rang hoặc sấy vừa tới, đóng gói hút chân không.`,
      `${titleEn}, sorted by hand, roasted or dried just right and vacuum-packed.`,
    ],
  },
  birdNest: {
    group: 1,
    line: "Yến sào",
    subgroup: "1.3",
    kinds: {
      tinhChe: ["Yến sào tinh chế", "cleaned edible bird's nest"],
      tho: ["Tổ yến thô", "raw edible bird's nest", 0.7],
    },
    sizes: [
      ["Hộp 50 g", "50 g box", "50G", 1_500_000, 2_400_000],
      ["Hộp 100 g", "100 g box", "100G", 2_900_000, 4_600_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} từ nhà yến ${place}, nhặt lông thủ công, không tẩy trắng. Mỗi lô đều truy xuất được nguồn gốc.`,
      `${titleEn} from swiftlet houses in ${placeEn}, cleaned by hand with no bleaching. Every lot is traceable.`,
    ],
  },
  fruit: {
    group: 1,
    line: "Trái cây tươi",
    subgroup: "1.1",
    kinds: {
      thanhTra: ["Thanh trà", "thanh tra pomelos"],
      na: ["Na", "custard apples"],
      cam: ["Cam", "oranges"],
      camLongVang: ["Cam lòng vàng", "yellow-flesh oranges"],
      camSanh: ["Cam sành", "king oranges"],
      buoi: ["Bưởi", "pomelos"],
      buoiNamRoi: ["Bưởi năm roi", "Nam Roi pomelos"],
      vai: ["Vải thiều", "lychees", 1.2],
      nhan: ["Nhãn lồng", "longans", 1.1],
      thanhLong: ["Thanh long ruột đỏ", "red dragon fruit", 0.8],
      mangCau: ["Mãng cầu ta", "sugar apples", 1.2],
      khom: ["Khóm", "pineapples", 0.6],
      duaSap: ["Dừa sáp", "makapuno coconuts", 2.5],
      vuSua: ["Vú sữa", "star apples", 1.1],
      xoai: ["Xoài cát chu", "cat chu mangoes"],
    },
    sizes: [
      ["Thùng 3 kg", "3 kg box", "3KG", 100_000, 180_000],
      ["Thùng 5 kg", "5 kg box", "5KG", 160_000, 290_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} hái khi vừa chín tới, đóng thùng và giao trong ngày. Vườn trồng theo tiêu chuẩn VietGAP.`,
      `${titleEn}, picked just ripe, boxed and shipped the same day from VietGAP-certified orchards.`,
    ],
  },
  condiments: {
    group: 1,
    line: "Mắm, tương",
    subgroup: "1.4",
    kinds: {
      tomChua: ["Tôm chua", "sour fermented shrimp", 1.6],
      mamRuoc: ["Mắm ruốc", "fermented shrimp paste"],
      mamTom: ["Mắm tôm", "shrimp paste"],
      tuong: ["Tương", "fermented soybean sauce"],
      tuongOt: ["Tương ớt", "chilli sauce"],
      mamNem: ["Mắm nêm", "anchovy dipping sauce"],
      mamCaLinh: ["Mắm cá linh", "fermented linh fish", 1.3],
      mamThai: ["Mắm thái", "fermented fish with papaya", 1.5],
    },
    sizes: [
      ["Hũ 250 g", "250 g jar", "250G", 35_000, 60_000],
      ["Hũ 500 g", "500 g jar", "500G", 60_000, 110_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} ủ trong chum sành theo công thức truyền thống, vị đậm đà đặc trưng của ${place}.`,
      `${titleEn}, matured in clay jars to a traditional recipe, with the bold flavour ${placeEn} is known for.`,
    ],
  },
  sugar: {
    group: 1,
    line: "Đường, mật",
    subgroup: "1.2",
    kinds: {
      thotNot: ["Đường thốt nốt", "palm sugar"],
      matDua: ["Mật hoa dừa", "coconut nectar", 2],
    },
    sizes: [
      ["Hũ 500 g", "500 g jar", "500G", 45_000, 85_000],
      ["Túi 1 kg", "1 kg bag", "1KG", 85_000, 160_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} cô đặc trên bếp củi từ nhựa hoa thu hái trong ngày, không pha trộn.`,
      `${titleEn}, reduced over a wood fire from sap collected the same day, with nothing added.`,
    ],
  },
  tea: {
    group: 1,
    line: "Chè/Trà",
    subgroup: "1.5",
    kinds: {
      shan: ["Chè Shan tuyết", "Shan Tuyet tea", 1.5],
      bach: ["Bạch trà", "white tea", 2.2],
      hong: ["Hồng trà", "black tea", 1.2],
      oLong: ["Trà ô long", "oolong tea", 1.5],
      xanh: ["Chè xanh", "green tea"],
      sen: ["Trà sen", "lotus-scented tea", 4],
      hoaVang: ["Trà hoa vàng", "golden camellia tea", 3],
      dinh: ["Chè đinh", "dinh needle tea", 3],
      nonTom: ["Chè nõn tôm", "non tom bud tea", 1.6],
      mocCau: ["Chè móc câu", "hook-shaped green tea"],
    },
    sizes: [
      ["Hộp 100 g", "100 g box", "100G", 60_000, 120_000],
      ["Hộp 200 g", "200 g box", "200G", 110_000, 220_000],
      ["Túi 500 g", "500 g bag", "500G", 250_000, 500_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} hái một tôm hai lá, chế biến ngay trong ngày. Nước trong, hương thơm, vị chát dịu và hậu ngọt.`,
      `${titleEn}, plucked as one bud and two leaves and processed the same day. A clear, fragrant cup with gentle astringency and a sweet aftertaste.`,
    ],
  },
  coffee: {
    group: 1,
    line: "Cà phê",
    subgroup: "1.6",
    kinds: {
      robusta: ["Cà phê Robusta rang xay", "ground Robusta coffee"],
      arabica: ["Cà phê Arabica rang xay", "ground Arabica coffee", 1.4],
      hat: ["Cà phê hạt rang mộc", "plain-roasted coffee beans", 1.1],
      culi: ["Cà phê Culi", "peaberry coffee", 1.3],
      hoaTan: ["Cà phê hòa tan", "instant coffee", 0.8],
    },
    sizes: [
      ["Gói 250 g", "250 g bag", "250G", 65_000, 120_000],
      ["Gói 500 g", "500 g bag", "500G", 120_000, 230_000],
      ["Túi 1 kg", "1 kg bag", "1KG", 230_000, 440_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} từ quả chín hái chọn, rang mộc không tẩm ướp. Hương thơm đậm, hậu vị sô cô la.`,
      `${titleEn} from hand-picked ripe cherries, roasted plain with no additives. Bold aroma with a chocolatey finish.`,
    ],
  },
  liquor: {
    group: 2,
    line: "Rượu",
    subgroup: "2.1",
    kinds: {
      man: ["Rượu mận", "plum wine"],
      menLa: ["Rượu men lá", "leaf-yeast liquor"],
      baKich: ["Rượu ba kích", "morinda wine", 1.6],
      mo: ["Rượu mơ", "apricot wine"],
      ngo: ["Rượu ngô", "corn liquor"],
      nep: ["Rượu nếp", "sticky-rice liquor", 1.2],
      gao: ["Rượu gạo", "rice liquor"],
      vang: ["Rượu vang nho", "red grape wine", 1.3],
      can: ["Rượu cần", "jar wine"],
      sim: ["Rượu sim", "rose-myrtle wine"],
    },
    sizes: [
      ["Chai 375 ml", "375 ml bottle", "375ML", 60_000, 120_000],
      ["Chai 750 ml", "750 ml bottle", "750ML", 110_000, 230_000],
      ["Bình 2 lít", "2 litre jar", "2L", 260_000, 500_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} nấu hoặc ủ thủ công từ nguyên liệu địa phương, hạ thổ trước khi đóng chai. Chỉ bán cho người từ 18 tuổi trở lên.`,
      `${titleEn}, made by hand from local ingredients and aged underground before bottling. Sold to adults aged 18 and over only.`,
    ],
  },
  juice: {
    group: 2,
    line: "Nước ép, giải khát",
    subgroup: "2.2",
    kinds: {
      chanhLeo: ["Siro chanh leo", "passion fruit syrup", 1.5],
      cam: ["Nước ép cam", "orange juice"],
      vai: ["Nước ép vải", "lychee juice"],
      buoi: ["Nước ép bưởi", "pomelo juice"],
      nuocDua: ["Nước dừa đóng chai", "bottled coconut water", 0.8],
      khom: ["Nước ép khóm", "pineapple juice"],
      thotNot: ["Nước thốt nốt", "palm sap drink", 0.8],
    },
    sizes: [
      ["Chai 330 ml", "330 ml bottle", "330ML", 18_000, 32_000],
      ["Chai 1 lít", "1 litre bottle", "1L", 45_000, 85_000],
      ["Thùng 24 chai 330 ml", "24 × 330 ml case", "24X330ML", 380_000, 700_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} làm từ nguyên liệu tươi của ${place}, thanh trùng nhẹ, không chất bảo quản. Ngon hơn khi uống lạnh.`,
      `${titleEn} made from fresh ${placeEn} produce, lightly pasteurised with no preservatives. Best served chilled.`,
    ],
  },
  cocoa: {
    group: 1,
    line: "Ca cao",
    subgroup: "1.6",
    kinds: {
      bot: ["Bột ca cao nguyên chất", "pure cocoa powder"],
      socola: ["Sô cô la đen 70%", "70% dark chocolate", 1.3],
      ngoi: ["Ngòi ca cao", "cocoa nibs"],
    },
    sizes: [
      ["Hộp 100 g", "100 g box", "100G", 55_000, 100_000],
      ["Hộp 250 g", "250 g box", "250G", 120_000, 230_000],
      ["Túi 500 g", "500 g bag", "500G", 220_000, 420_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} từ hạt ca cao lên men tại vườn, rang và nghiền ở xưởng nhỏ. Vị đắng thanh, hương trái cây.`,
      `${titleEn} from farm-fermented cocoa beans, roasted and ground in a small workshop. Clean bitterness with fruity notes.`,
    ],
  },
  ginseng: {
    group: 3,
    line: "Sâm",
    subgroup: "3.3",
    title: "Sâm {p} {k}",
    titleEn: "{P} ginseng, {K}",
    kinds: {
      tuoi: ["tươi", "fresh"],
      matOng: ["ngâm mật ong", "in honey", 0.5],
      lat: ["thái lát sấy", "dried slices", 0.8],
    },
    sizes: [
      ["Hộp 50 g", "50 g box", "50G", 1_500_000, 3_000_000],
      ["Hộp 100 g", "100 g box", "100G", 2_900_000, 5_800_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} trồng dưới tán rừng tự nhiên, có chứng nhận nguồn gốc giống và vùng trồng.`,
      `${titleEn}, grown under natural forest canopy, with certified seed and growing-area origin.`,
    ],
  },
  turmeric: {
    group: 3,
    line: "Nghệ",
    subgroup: "3.1",
    kinds: {
      vang: ["Tinh bột nghệ vàng", "yellow turmeric starch"],
      do: ["Tinh bột nghệ đỏ", "red turmeric starch", 1.2],
      vien: ["Viên nghệ mật ong", "turmeric and honey pills", 0.9],
    },
    sizes: [
      ["Hũ 100 g", "100 g jar", "100G", 70_000, 140_000],
      ["Hũ 250 g", "250 g jar", "250G", 160_000, 320_000],
      ["Hũ 500 g", "500 g jar", "500G", 300_000, 560_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} làm từ củ nghệ tươi trồng tại ${place}, đã tách tinh dầu gây nóng. Dùng hằng ngày với nước ấm hoặc mật ong.`,
      `${titleEn}, made from fresh turmeric grown in ${placeEn}, with the heating oils removed. Take daily with warm water or honey.`,
    ],
  },
  herbalTea: {
    group: 3,
    line: "Trà thảo dược",
    subgroup: "3.1",
    kinds: {
      cungDinh: ["Trà cung đình", "royal herbal tea"],
      gung: ["Trà gừng", "ginger tea"],
      giaoCoLam: ["Trà giảo cổ lam", "jiaogulan tea"],
      cuc: ["Trà hoa cúc", "chrysanthemum tea", 1.2],
      samDay: ["Trà sâm dây", "codonopsis tea", 1.5],
      atiso: ["Trà atiso", "artichoke tea"],
      timSen: ["Trà tim sen", "lotus embryo tea", 1.2],
    },
    sizes: [
      ["Hộp 20 túi lọc", "box of 20 tea bags", "20TUI", 40_000, 75_000],
      ["Hộp 50 túi lọc", "box of 50 tea bags", "50TUI", 90_000, 170_000],
      ["Túi 250 g trà khô", "250 g loose tea", "250G", 120_000, 240_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} từ dược liệu trồng và sơ chế tại ${place}, sấy lạnh để giữ dược tính. Hãm với nước sôi 5–7 phút.`,
      `${titleEn} from herbs grown and prepared in ${placeEn}, cold-dried to keep their properties. Steep in boiling water for 5–7 minutes.`,
    ],
  },
  essentialOil: {
    group: 3,
    line: "Tinh dầu",
    subgroup: "3.3",
    kinds: {
      tram: ["Tinh dầu tràm", "cajeput oil"],
      sa: ["Tinh dầu sả chanh", "lemongrass oil"],
      hoi: ["Tinh dầu hồi", "star anise oil", 1.3],
      buoi: ["Tinh dầu vỏ bưởi", "pomelo peel oil"],
      que: ["Tinh dầu quế", "cinnamon oil", 1.2],
    },
    sizes: [
      ["Chai 10 ml", "10 ml bottle", "10ML", 40_000, 80_000],
      ["Chai 50 ml", "50 ml bottle", "50ML", 140_000, 260_000],
      ["Chai 100 ml", "100 ml bottle", "100ML", 250_000, 460_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} chưng cất hơi nước 100% từ nguyên liệu ${place}, không pha hương liệu tổng hợp. Dùng xông, khuếch tán hoặc pha loãng để xoa bóp.`,
      `${titleEn}, 100% steam-distilled from ${placeEn} raw material with no synthetic fragrance. For inhalation, diffusers or diluted massage.`,
    ],
  },
  herbs: {
    group: 3,
    line: "Dược liệu khô",
    subgroup: "3.3",
    kinds: {
      tamThat: ["Tam thất", "notoginseng root", 1.3],
      baKich: ["Ba kích tím", "purple morinda root"],
      laTam: ["Lá thuốc tắm người Dao", "Dao herbal bath leaves", 0.3],
      linhChi: ["Nấm linh chi", "reishi mushroom"],
      dongTrung: ["Đông trùng hạ thảo", "cordyceps", 6],
    },
    sizes: [
      ["Túi 100 g", "100 g bag", "100G", 110_000, 230_000],
      ["Túi 250 g", "250 g bag", "250G", 260_000, 540_000],
      ["Hộp 500 g", "500 g box", "500G", 500_000, 1_020_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} thu hái và sơ chế tại ${place}, sấy khô và đóng gói kín. Hỏi ý kiến thầy thuốc trước khi dùng.`,
      `${titleEn}, harvested and prepared in ${placeEn}, dried and sealed. Consult a health professional before use.`,
    ],
  },
  ceramics: {
    group: 4,
    line: "Gốm sứ",
    subgroup: "4.1",
    kinds: {
      amChen: ["Bộ ấm chén gốm", "ceramic tea set"],
      binhLam: ["Bình hoa men lam", "blue-glaze vase"],
      loRan: ["Lọ hoa men rạn", "crackle-glaze vase"],
      dia: ["Đĩa gốm trang trí", "decorative ceramic plate", 0.7],
      daLuon: ["Bình gốm men da lươn", "eel-skin glaze vase"],
      chum: ["Chum gốm", "pottery urn", 1.3],
      loThien: ["Bình gốm nung lộ thiên", "open-fired pottery jar"],
      tuongCham: ["Tượng gốm Chăm", "Cham pottery figurine", 0.8],
      xanhDong: ["Chậu gốm men xanh đồng", "copper-green glaze planter", 1.2],
      chauDo: ["Chậu gốm đỏ", "red clay planter", 0.4],
      luDo: ["Lu gốm đỏ", "red clay water jar", 0.6],
    },
    sizes: [
      ["Cỡ nhỏ", "Small", "S", 220_000, 450_000],
      ["Cỡ vừa", "Medium", "M", 420_000, 850_000],
      ["Cỡ lớn", "Large", "L", 850_000, 1_800_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} tạo hình thủ công từng chiếc và nung ở nhiệt độ cao. Mỗi sản phẩm mang nét riêng, không chiếc nào giống hệt chiếc nào.`,
      `${titleEn}, shaped by hand piece by piece and kiln-fired. No two pieces are quite alike.`,
    ],
  },
  weaving: {
    group: 4,
    line: "Mây tre đan, cói, lục bình",
    subgroup: "4.1",
    kinds: {
      gioMay: ["Giỏ mây", "rattan basket"],
      khayTre: ["Khay tre", "bamboo tray", 0.8],
      denTre: ["Đèn tre", "bamboo lamp", 1.3],
      chieu: ["Chiếu cói", "sedge sleeping mat", 1.4],
      tuiCoi: ["Túi cói", "sedge bag"],
      thamCoi: ["Thảm cói", "sedge rug", 1.2],
      hopCoi: ["Hộp cói", "sedge storage box", 0.8],
      gioLucBinh: ["Giỏ lục bình", "water hyacinth basket"],
      hopLucBinh: ["Hộp lục bình", "water hyacinth storage box", 0.9],
    },
    sizes: [
      ["Cỡ nhỏ", "Small", "S", 70_000, 150_000],
      ["Cỡ vừa", "Medium", "M", 140_000, 290_000],
      ["Cỡ lớn", "Large", "L", 260_000, 520_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} đan tay bởi thợ thủ công ${place} từ sợi tự nhiên đã xử lý chống mốc.`,
      `${titleEn}, hand-woven by ${placeEn} artisans from natural fibres treated against mould.`,
    ],
  },
  silk: {
    group: 4,
    line: "Lụa",
    subgroup: "4.2",
    kinds: {
      khan: ["Khăn lụa tơ tằm", "mulberry silk scarf"],
      choang: ["Khăn choàng lụa", "silk shawl", 1.5],
    },
    sizes: [
      ["1 chiếc", "1 piece", "1C", 320_000, 650_000],
      ["Hộp quà 2 chiếc", "gift box of 2", "2C", 620_000, 1_250_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} dệt từ 100% tơ tằm tự nhiên, mềm mát, nhuộm màu an toàn. Giặt tay nhẹ với nước lạnh.`,
      `${titleEn}, woven from 100% natural mulberry silk, soft and cool, with safe dyes. Hand-wash gently in cold water.`,
    ],
  },
  silkCloth: {
    group: 4,
    line: "Lụa",
    subgroup: "4.2",
    kinds: {
      aoDai: ["Vải lụa may áo dài", "ao dai silk fabric"],
      lanhMyA: ["Lãnh Mỹ A", "My A black silk", 1.6],
    },
    sizes: [
      ["Xấp 2 m", "2 m length", "2M", 700_000, 1_200_000],
      ["Xấp 3 m", "3 m length", "3M", 1_020_000, 1_750_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} dệt trên khung truyền thống, khổ 90 cm, đủ may một bộ áo dài hoặc áo bà ba.`,
      `${titleEn}, woven on traditional looms, 90 cm wide, enough for one ao dai or ao ba ba.`,
    ],
  },
  brocade: {
    group: 4,
    line: "Dệt thổ cẩm",
    subgroup: "4.2",
    kinds: {
      tui: ["Túi thổ cẩm", "brocade bag"],
      khan: ["Khăn thổ cẩm", "brocade scarf"],
      vai: ["Vải thổ cẩm dệt tay", "hand-woven brocade cloth", 1.5],
      pieu: ["Khăn piêu", "Thai pieu headscarf", 1.2],
      lanh: ["Vải lanh nhuộm chàm", "indigo-dyed hemp cloth", 1.3],
    },
    sizes: [
      ["Cỡ nhỏ", "Small", "S", 110_000, 240_000],
      ["Cỡ vừa", "Medium", "M", 220_000, 450_000],
      ["Cỡ lớn", "Large", "L", 400_000, 800_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} dệt tay trên khung truyền thống với hoa văn riêng của đồng bào địa phương, nhuộm màu từ cây rừng.`,
      `${titleEn}, hand-woven on traditional looms with the motifs of the local community and plant-based dyes.`,
    ],
  },
  lacquer: {
    group: 4,
    line: "Sơn mài",
    subgroup: "4.1",
    kinds: {
      tranh: ["Tranh sơn mài", "lacquer painting", 1.5],
      hop: ["Hộp sơn mài", "lacquer box", 0.6],
      khay: ["Khay sơn mài", "lacquer tray", 0.7],
      binh: ["Bình sơn mài", "lacquer vase"],
    },
    sizes: [
      ["Cỡ nhỏ", "Small", "S", 250_000, 500_000],
      ["Cỡ vừa", "Medium", "M", 480_000, 950_000],
      ["Cỡ lớn", "Large", "L", 1_000_000, 2_200_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} qua hàng chục lớp sơn ta, mài thủ công nhiều tháng, khảm vỏ trứng hoặc vỏ trai.`,
      `${titleEn}, built up from dozens of coats of natural lacquer and hand-polished over months, with eggshell or mother-of-pearl inlay.`,
    ],
  },
  woodcraft: {
    group: 4,
    line: "Đồ gỗ mỹ nghệ",
    subgroup: "4.1",
    kinds: {
      tuong: ["Tượng gỗ", "wood carving"],
      hop: ["Hộp gỗ chạm khắc", "carved wooden box", 0.6],
      khay: ["Khay trà gỗ", "wooden tea tray", 0.8],
    },
    sizes: [
      ["Cỡ nhỏ", "Small", "S", 200_000, 450_000],
      ["Cỡ vừa", "Medium", "M", 450_000, 900_000],
      ["Cỡ lớn", "Large", "L", 1_000_000, 2_400_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} chạm khắc thủ công từ gỗ có nguồn gốc hợp pháp, hoàn thiện bằng dầu tự nhiên.`,
      `${titleEn}, hand-carved from legally sourced timber and finished with natural oil.`,
    ],
  },
  hat: {
    group: 4,
    line: "Nón lá",
    subgroup: "4.1",
    kinds: {
      baiTho: ["Nón bài thơ", "poem conical hat"],
      nonLa: ["Nón lá", "palm-leaf conical hat", 0.6],
      ngua: ["Nón ngựa", "horse hat", 3],
    },
    sizes: [
      ["Loại thường", "Standard", "STD", 80_000, 160_000],
      ["Loại cao cấp", "Premium", "PRM", 180_000, 350_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} chằm tay từ lá nón phơi sương trên khung tre chuốt đều; mỗi chiếc mất gần một ngày công.`,
      `${titleEn}, hand-stitched from dew-bleached palm leaves on a finely shaved bamboo frame; each takes nearly a day to make.`,
    ],
  },
  folkPrint: {
    group: 4,
    line: "Tranh dân gian",
    subgroup: "4.1",
    kinds: {
      cuoiChuot: ["Tranh Đám cưới chuột", "Rats' Wedding print"],
      lonDan: ["Tranh Lợn đàn", "Herd of Pigs print"],
      vinhHoa: ["Tranh Vinh hoa", "Glory print"],
    },
    sizes: [
      ["Khổ 30 x 40 cm", "30 × 40 cm", "30X40", 70_000, 140_000],
      ["Khổ 40 x 60 cm, có khung", "40 × 60 cm, framed", "40X60F", 250_000, 480_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} in thủ công từ ván khắc gỗ trên giấy dó quét điệp, màu tự nhiên từ lá cây, sỏi son và than tre.`,
      `${titleEn}, hand-printed from woodblocks on shell-coated do paper with natural colours from leaves, red ochre and bamboo charcoal.`,
    ],
  },
  orchid: {
    group: 5,
    line: "Hoa lan",
    subgroup: "5.1",
    kinds: {
      hoDiep: ["Lan hồ điệp", "phalaenopsis orchid"],
      dendro: ["Lan Dendro", "dendrobium orchid", 0.6],
      mokara: ["Lan Mokara", "mokara orchid", 0.7],
      kiem: ["Lan kiếm", "cymbidium orchid", 1.3],
    },
    sizes: [
      ["Chậu 1 cành", "pot with 1 spike", "1CANH", 150_000, 280_000],
      ["Chậu 3 cành", "pot with 3 spikes", "3CANH", 450_000, 800_000],
      ["Chậu 5 cành", "pot with 5 spikes", "5CANH", 750_000, 1_350_000],
    ],
    describe: ({ title, titleEn }) => [
      `${title} trồng trong nhà kính, giao khi hoa bắt đầu nở, kèm hướng dẫn chăm sóc.`,
      `${titleEn}, greenhouse-grown and delivered just as the flowers open, with care instructions.`,
    ],
  },
  flowers: {
    group: 5,
    line: "Hoa, cây cảnh",
    subgroup: "5.2",
    kinds: {
      dao: ["Đào thế", "shaped peach blossom tree", 4],
      quat: ["Quất cảnh", "ornamental kumquat tree", 2],
      cuc: ["Cúc mâm xôi", "pincushion chrysanthemum", 0.6],
      hoaGiay: ["Hoa giấy", "bougainvillea"],
      camTuCau: ["Cẩm tú cầu", "hydrangea"],
      hongCo: ["Hoa hồng cổ", "heirloom rose"],
    },
    sizes: [
      ["Chậu nhỏ", "small pot", "S", 80_000, 170_000],
      ["Chậu vừa", "medium pot", "M", 220_000, 450_000],
      ["Chậu lớn", "large pot", "L", 600_000, 1_200_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} chăm sóc tại vườn ươm ${place}, giao tận nơi kèm chậu và hướng dẫn chăm sóc.`,
      `${titleEn}, raised in ${placeEn} nurseries and delivered potted, with care instructions.`,
    ],
  },
  bonsai: {
    group: 5,
    line: "Bonsai",
    subgroup: "5.2",
    kinds: {
      sanh: ["Bonsai sanh", "ficus bonsai"],
      maiChieuThuy: ["Bonsai mai chiếu thủy", "wrightia bonsai"],
      tung: ["Bonsai tùng la hán", "Buddhist pine bonsai", 1.5],
    },
    sizes: [
      ["Mini, cao 20–30 cm", "mini, 20–30 cm tall", "MINI", 300_000, 650_000],
      ["Cao 40–60 cm", "40–60 cm tall", "60CM", 1_100_000, 2_400_000],
      ["Cao 80–100 cm", "80–100 cm tall", "100CM", 3_500_000, 8_000_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} được uốn tạo dáng nhiều năm bởi nghệ nhân ${place}, giao kèm chậu gốm.`,
      `${titleEn}, shaped over several years by ${placeEn} growers and delivered in a ceramic pot.`,
    ],
  },
  fish: {
    group: 5,
    line: "Cá cảnh",
    subgroup: "5.3",
    kinds: {
      koi: ["Cá Koi", "koi carp", 2],
      dia: ["Cá dĩa", "discus fish"],
      bayMau: ["Cá bảy màu", "guppies", 0.15],
      betta: ["Cá betta", "betta fish", 0.3],
    },
    sizes: [
      ["1 con", "1 fish", "1CON", 120_000, 260_000],
      ["Cặp 2 con", "pair", "2CON", 230_000, 500_000],
      ["Bầy 6 con", "group of 6", "6CON", 650_000, 1_400_000],
    ],
    describe: ({ title, titleEn, place, placeEn }) => [
      `${title} nhân giống tại trại ${place}, đã thuần nước và kiểm dịch trước khi giao. Đóng túi oxy, giao trong ngày.`,
      `${titleEn}, bred at a ${placeEn} farm, acclimatised and health-checked before dispatch. Shipped in oxygenated bags for same-day delivery.`,
    ],
  },
  homestay: {
    group: 6,
    line: "Homestay",
    subgroup: "6.1",
    title: "Homestay {k} {p}",
    titleEn: "{P} {K} homestay",
    kinds: {
      nhaCo: ["nhà cổ", "heritage house"],
      nhaVuon: ["nhà vườn", "garden house"],
      trinhTuong: ["nhà trình tường", "rammed-earth house"],
      nhaSan: ["nhà sàn", "stilt house"],
      nhaSanDa: ["nhà sàn đá", "stone stilt house"],
      nhaGo: ["nhà gỗ", "wooden house"],
      venSong: ["ven sông", "riverside"],
      nhaDai: ["nhà dài", "longhouse"],
      mietVuon: ["miệt vườn", "orchard"],
      venBien: ["ven biển", "seaside"],
    },
    sizes: [
      ["1 khách/1 đêm", "1 guest, 1 night", "1DEM", 180_000, 400_000],
      ["1 khách/1 đêm kèm ăn sáng", "1 guest, 1 night with breakfast", "1DEM-AS", 230_000, 480_000],
      ["1 khách/2 ngày 1 đêm trọn gói", "1 guest, 2 days 1 night, meals included", "2N1D", 600_000, 1_150_000],
    ],
    capacity: [6, 30],
    describe: ({ title, titleEn }) => [
      `${title}: nghỉ đêm cùng gia đình chủ nhà, ăn bữa cơm địa phương và tìm hiểu đời sống bản làng. Giá tính theo khách, số chỗ mỗi đêm có hạn.`,
      `${titleEn}: stay with a host family, share a local meal and learn about village life. Priced per guest; places each night are limited.`,
    ],
  },
  tour: {
    group: 6,
    line: "Tour trải nghiệm",
    subgroup: "6.1",
    title: "Tour {k} {p}",
    titleEn: "{P} {K} tour",
    kinds: {
      langNghe: ["trải nghiệm làng nghề", "craft village"],
      dapXe: ["đạp xe đồng quê", "countryside cycling"],
      khamPha: ["khám phá bản làng", "village discovery"],
      trekking: ["đi bộ ruộng bậc thang", "rice-terrace trekking"],
      thuyen: ["chèo thuyền", "boat"],
      lamNong: ["trải nghiệm làm nông", "farming experience"],
      congChieng: ["văn hóa cồng chiêng", "gong culture"],
      songNuoc: ["sông nước miệt vườn", "river and orchard"],
      ngapMan: ["rừng ngập mặn", "mangrove forest"],
    },
    sizes: [
      ["1 khách/nửa ngày", "1 guest, half day", "NUANGAY", 150_000, 350_000],
      ["1 khách/cả ngày kèm bữa trưa", "1 guest, full day with lunch", "CANGAY", 380_000, 750_000],
    ],
    capacity: [10, 40],
    describe: ({ title, titleEn }) => [
      `${title} do người dân địa phương dẫn, đi theo nhóm nhỏ, giá tính theo khách. Đặt trước ít nhất một ngày.`,
      `${titleEn}, led by local residents in small groups and priced per guest. Book at least one day ahead.`,
    ],
  },
  farmVisit: {
    group: 6,
    line: "Tham quan nông trại",
    subgroup: "6.1",
    title: "Tham quan {k} {p}",
    titleEn: "{P} {K} visit",
    kinds: {
      doiChe: ["đồi chè", "tea hills"],
      vuonTraiCay: ["vườn trái cây", "fruit orchard"],
      caPhe: ["nông trại cà phê", "coffee farm"],
      langRau: ["làng rau", "vegetable village"],
      vuonHoa: ["vườn hoa", "flower gardens"],
      dongMuoi: ["cánh đồng muối", "salt fields"],
    },
    sizes: [
      ["Vé 1 khách", "1 guest ticket", "VE", 40_000, 120_000],
      ["Vé 1 khách kèm trải nghiệm", "1 guest ticket with hands-on activity", "VE-TN", 120_000, 280_000],
    ],
    capacity: [20, 80],
    describe: ({ title, titleEn }) => [
      `${title}: đi quanh vườn, nghe chủ vườn kể chuyện và tự tay làm thử công việc nhà nông. Giá tính theo khách.`,
      `${titleEn}: walk the farm, hear the grower's story and try the work yourself. Priced per guest.`,
    ],
  },
} satisfies Record<string, Template>

type TemplateId = keyof typeof TEMPLATES
/** Producer key, template, place named in the title, and the template's kind keys (space-separated). */
type Line = [producerKey: string, template: TemplateId, place: string, kinds: string]

const LINES: Line[] = [
  ["cty-gom-bat-trang-an-khang", "ceramics", "Bát Tràng", "amChen binhLam loRan dia"],
  ["cty-gom-bat-trang-an-khang", "tour", "Bát Tràng", "langNghe"],
  ["htx-lua-van-phuc-hung-long", "silk", "Vạn Phúc", "khan choang"],
  ["htx-lua-van-phuc-hung-long", "silkCloth", "Vạn Phúc", "aoDai"],
  ["cty-son-mai-ha-thai-tam-viet", "lacquer", "Hạ Thái", "tranh hop khay binh"],
  ["thtx-may-tre-phu-vinh", "weaving", "Phú Vinh", "gioMay khayTre denTre"],
  ["hkd-tran-thi-lan", "tea", "Tây Hồ", "sen"],
  ["hkd-tran-thi-lan", "flowers", "Nhật Tân", "dao"],
  ["hkd-tran-thi-lan", "flowers", "Tứ Liên", "quat"],
  ["hkd-do-van-hung", "homestay", "Đường Lâm", "nhaCo"],
  ["hkd-do-van-hung", "tour", "Đường Lâm", "dapXe"],
  ["hkd-do-van-hung", "sweets", "Đường Lâm", "cheLam"],

  ["cty-huong-giang-xua", "sweets", "Huế", "meXung mutGung"],
  ["cty-huong-giang-xua", "condiments", "Huế", "tomChua mamRuoc"],
  ["htx-tinh-dau-tram-phong-dien", "essentialOil", "Huế", "tram sa"],
  ["htx-tinh-dau-tram-phong-dien", "herbalTea", "Huế", "cungDinh"],
  ["hkd-le-thi-hoa", "hat", "Phú Cam", "baiTho nonLa"],
  ["htx-du-lich-thuy-bieu", "homestay", "Thủy Biều", "nhaVuon"],
  ["htx-du-lich-thuy-bieu", "tour", "Thủy Biều", "dapXe"],
  ["htx-du-lich-thuy-bieu", "fruit", "Thủy Biều", "thanhTra"],

  ["htx-duoc-lieu-sin-ho-xanh", "ginseng", "Lai Châu", "tuoi matOng lat"],
  ["htx-duoc-lieu-sin-ho-xanh", "herbs", "Sìn Hồ", "tamThat"],
  ["htx-duoc-lieu-sin-ho-xanh", "spices", "Sìn Hồ", "thaoQua"],
  ["thtx-mien-dong-binh-lu", "noodles", "Bình Lư", "mien"],
  ["thtx-mien-dong-binh-lu", "nuts", "Tam Đường", "macCa"],
  ["thtx-mien-dong-binh-lu", "tea", "Tam Đường", "hong"],
  ["hkd-vang-a-cha", "homestay", "Sin Suối Hồ", "trinhTuong"],
  ["hkd-vang-a-cha", "tour", "Sin Suối Hồ", "khamPha"],
  ["hkd-vang-a-cha", "brocade", "Sin Suối Hồ", "tui"],

  ["htx-nong-nghiep-muong-thanh-xanh", "rice", "Điện Biên", "tam nepNuong lutDo"],
  ["htx-nong-nghiep-muong-thanh-xanh", "coffee", "Mường Ảng", "arabica"],
  ["hkd-lo-thi-xuan", "meat", "Điện Biên", "trau lapSuonGacBep"],
  ["hkd-lo-thi-xuan", "spices", "Điện Biên", "macKhen"],
  ["hkd-lo-thi-xuan", "brocade", "Mường Phăng", "pieu"],

  ["cty-nong-san-moc-chau-xanh", "driedFruit", "Mộc Châu", "man"],
  ["cty-nong-san-moc-chau-xanh", "tea", "Mộc Châu", "oLong xanh"],
  ["cty-nong-san-moc-chau-xanh", "juice", "Mộc Châu", "chanhLeo"],
  ["cty-nong-san-moc-chau-xanh", "liquor", "Mộc Châu", "man"],
  ["thtx-che-shan-tuyet-ta-xua", "tea", "Tà Xùa", "shan bach hong"],
  ["htx-du-lich-ban-ang", "homestay", "Bản Áng", "nhaSan"],
  ["htx-du-lich-ban-ang", "farmVisit", "Mộc Châu", "doiChe vuonTraiCay"],

  ["cty-hoi-que-xu-lang", "spices", "Văn Quan", "hoi"],
  ["cty-hoi-que-xu-lang", "essentialOil", "Văn Quan", "hoi"],
  ["htx-nong-san-chi-lang", "fruit", "Chi Lăng", "na"],
  ["htx-nong-san-chi-lang", "liquor", "Mẫu Sơn", "menLa"],

  ["cty-hai-san-ha-long-bien-xanh", "seafood", "Hạ Long", "chaMuc mucKho saSung"],
  ["cty-hai-san-ha-long-bien-xanh", "seafood", "Vân Đồn", "mucNang"],
  ["htx-tra-hoa-vang-ba-che", "tea", "Ba Chẽ", "hoaVang"],
  ["htx-tra-hoa-vang-ba-che", "herbs", "Ba Chẽ", "baKich"],
  ["htx-tra-hoa-vang-ba-che", "liquor", "Ba Chẽ", "baKich"],
  ["hkd-pham-van-tung", "liquor", "Yên Tử", "mo"],
  ["hkd-pham-van-tung", "sweets", "Yên Tử", "oMai"],

  ["cty-xu-thanh-phuc-loc", "meat", "Thanh Hóa", "nemChua"],
  ["cty-xu-thanh-phuc-loc", "sweets", "Tứ Trụ", "banhGai"],
  ["cty-xu-thanh-phuc-loc", "condiments", "Hậu Lộc", "mamTom"],
  ["htx-coi-nga-son", "weaving", "Nga Sơn", "chieu tuiCoi thamCoi"],
  ["hkd-ha-van-thinh", "homestay", "Pù Luông", "nhaSan"],
  ["hkd-ha-van-thinh", "tour", "Pù Luông", "trekking"],
  ["hkd-ha-van-thinh", "rice", "Pù Luông", "nepNuong"],

  ["htx-hai-san-van-phan-dong-hai", "fishSauce", "Vạn Phần", "c30 nhi"],
  ["htx-hai-san-van-phan-dong-hai", "seafood", "Cửa Lò", "mucKho"],
  ["cty-duoc-lieu-xu-nghe", "turmeric", "Nghệ An", "vang do vien"],
  ["cty-duoc-lieu-xu-nghe", "herbalTea", "Nghệ An", "gung"],
  ["htx-cam-xa-doai", "fruit", "Xã Đoài", "cam"],
  ["htx-cam-xa-doai", "juice", "Vinh", "cam"],

  ["hkd-phan-thi-nga", "sweets", "Hà Tĩnh", "cuDo keoLac"],
  ["hkd-phan-thi-nga", "noodles", "Hà Tĩnh", "banhDaVung"],
  ["htx-buoi-phuc-trach", "fruit", "Phúc Trạch", "buoi"],
  ["htx-buoi-phuc-trach", "essentialOil", "Phúc Trạch", "buoi"],

  ["htx-nong-san-trung-khanh", "nuts", "Trùng Khánh", "hatDe"],
  ["htx-nong-san-trung-khanh", "meat", "Cao Bằng", "lapSuon"],
  ["htx-nong-san-trung-khanh", "noodles", "Nguyên Bình", "mien"],
  ["htx-du-lich-khuoi-ky", "homestay", "Khuổi Ky", "nhaSanDa"],
  ["htx-du-lich-khuoi-ky", "tour", "Bản Giốc", "khamPha"],

  ["htx-mat-ong-bac-ha-meo-vac", "honey", "Mèo Vạc", "bacHa rung"],
  ["htx-mat-ong-bac-ha-meo-vac", "meat", "Mèo Vạc", "bo"],
  ["htx-che-shan-tuyet-hoang-su-phi", "tea", "Hoàng Su Phì", "shan hong bach"],
  ["cty-nong-san-ham-yen", "fruit", "Hàm Yên", "camSanh"],
  ["cty-nong-san-ham-yen", "juice", "Hàm Yên", "cam"],
  ["cty-nong-san-ham-yen", "tea", "Na Hang", "shan"],
  ["hkd-vang-mi-chu", "homestay", "Lũng Cẩm", "trinhTuong"],
  ["hkd-vang-mi-chu", "tour", "Đồng Văn", "khamPha"],
  ["hkd-vang-mi-chu", "brocade", "Lũng Cẩm", "lanh"],

  ["htx-nong-san-bac-ha", "liquor", "Bắc Hà", "ngo"],
  ["htx-nong-san-bac-ha", "driedFruit", "Bắc Hà", "man"],
  ["htx-nong-san-bac-ha", "honey", "Bắc Hà", "rung"],
  ["thtx-che-shan-tuyet-suoi-giang", "tea", "Suối Giàng", "shan hong bach"],
  ["cty-que-hoi-van-yen", "spices", "Văn Yên", "queThanh queBot"],
  ["cty-que-hoi-van-yen", "essentialOil", "Văn Yên", "que"],
  ["htx-duoc-lieu-sa-pa-xanh", "herbs", "Sa Pa", "laTam tamThat"],
  ["htx-duoc-lieu-sa-pa-xanh", "spices", "Sa Pa", "thaoQua"],
  ["hkd-giang-thi-mai", "homestay", "Tả Van", "nhaGo"],
  ["hkd-giang-thi-mai", "tour", "Sa Pa", "trekking"],
  ["hkd-giang-thi-mai", "brocade", "Tả Van", "lanh"],
  ["thtx-gao-seng-cu-bat-xat", "rice", "Bát Xát", "sengCu nepTan"],

  ["htx-che-tan-cuong-hoang-binh", "tea", "Tân Cương", "dinh nonTom mocCau hong"],
  ["htx-che-tan-cuong-hoang-binh", "farmVisit", "Tân Cương", "doiChe"],
  ["hkd-nguyen-van-an", "tea", "La Bằng", "mocCau nonTom"],
  ["hkd-nguyen-van-an", "herbalTea", "Đại Từ", "giaoCoLam"],
  ["htx-mien-dong-na-ri", "noodles", "Na Rì", "mien"],
  ["htx-mien-dong-na-ri", "driedFruit", "Bắc Kạn", "hong"],
  ["htx-du-lich-pac-ngoi", "homestay", "Pác Ngòi", "nhaSan"],
  ["htx-du-lich-pac-ngoi", "tour", "Ba Bể", "thuyen"],

  ["htx-buoi-doan-hung", "fruit", "Đoan Hùng", "buoi"],
  ["htx-buoi-doan-hung", "juice", "Đoan Hùng", "buoi"],
  ["htx-du-lich-ban-lac-mai-chau", "homestay", "Mai Châu", "nhaSan"],
  ["htx-du-lich-ban-lac-mai-chau", "tour", "Mai Châu", "dapXe"],
  ["htx-du-lich-ban-lac-mai-chau", "brocade", "Mai Châu", "tui khan"],
  ["hkd-bui-van-toan", "fruit", "Cao Phong", "camLongVang"],
  ["hkd-bui-van-toan", "farmVisit", "Cao Phong", "vuonTraiCay"],
  ["cty-duoc-lieu-tam-dao-xanh", "herbalTea", "Tam Đảo", "cuc"],
  ["cty-duoc-lieu-tam-dao-xanh", "herbs", "Tam Đảo", "linhChi"],
  ["cty-duoc-lieu-tam-dao-xanh", "essentialOil", "Tam Đảo", "sa"],

  ["cty-nong-san-luc-ngan-phat-tai", "driedFruit", "Lục Ngạn", "vai"],
  ["cty-nong-san-luc-ngan-phat-tai", "juice", "Lục Ngạn", "vai"],
  ["cty-nong-san-luc-ngan-phat-tai", "honey", "Lục Ngạn", "vai"],
  ["cty-nong-san-luc-ngan-phat-tai", "fruit", "Lục Ngạn", "vai"],
  ["htx-ruou-lang-van", "liquor", "Làng Vân", "nep mo"],
  ["cty-go-dong-ky-phuc-an", "woodcraft", "Đồng Kỵ", "tuong hop khay"],
  ["thtx-gom-phu-lang", "ceramics", "Phù Lãng", "daLuon chum"],
  ["hkd-nguyen-huu-tam", "folkPrint", "Đông Hồ", "cuoiChuot lonDan vinhHoa"],

  ["htx-long-nhan-pho-hien", "driedFruit", "Hưng Yên", "longNhan"],
  ["htx-long-nhan-pho-hien", "honey", "Hưng Yên", "nhan"],
  ["htx-long-nhan-pho-hien", "fruit", "Hưng Yên", "nhan"],
  ["hkd-vu-thi-thu", "condiments", "Bần", "tuong tuongOt"],
  ["cty-dac-san-que-lua", "sweets", "Làng Nguyễn", "banhCay"],
  ["cty-dac-san-que-lua", "rice", "Thái Bình", "tam"],

  ["cty-nuoc-mam-cat-hai-bien-dong", "fishSauce", "Cát Hải", "c30 c40 nhi"],
  ["cty-nuoc-mam-cat-hai-bien-dong", "seafood", "Cát Bà", "mucNang"],
  ["hkd-hoang-van-nam", "homestay", "Việt Hải", "nhaGo"],
  ["hkd-hoang-van-nam", "tour", "Cát Bà", "thuyen"],
  ["cty-banh-dau-xanh-hong-phuc-an", "sweets", "Hải Dương", "dauXanh"],
  ["cty-banh-dau-xanh-hong-phuc-an", "sweets", "Ninh Giang", "banhGai"],
  ["thtx-gom-chu-dau-thai-tan", "ceramics", "Chu Đậu", "binhLam dia amChen"],
  ["htx-vai-thieu-thanh-ha", "fruit", "Thanh Hà", "vai"],
  ["htx-vai-thieu-thanh-ha", "rice", "Kinh Môn", "nepCai"],

  ["htx-coi-kim-son", "weaving", "Kim Sơn", "tuiCoi hopCoi thamCoi"],
  ["hkd-dinh-van-khoa", "noodles", "Ninh Bình", "comChay"],
  ["hkd-dinh-van-khoa", "homestay", "Tam Cốc", "nhaVuon"],
  ["hkd-dinh-van-khoa", "tour", "Tràng An", "dapXe"],
  ["htx-det-lua-nha-xa", "silk", "Nha Xá", "khan"],
  ["htx-det-lua-nha-xa", "silkCloth", "Nha Xá", "aoDai"],
  ["cty-thuc-pham-thanh-an", "sweets", "Nam Định", "siuChau"],
  ["cty-thuc-pham-thanh-an", "sweets", "Hải Hậu", "banhNhan"],
  ["cty-thuc-pham-thanh-an", "rice", "Hải Hậu", "tam"],
  ["htx-du-lich-van-long", "tour", "Vân Long", "thuyen"],
  ["htx-du-lich-van-long", "homestay", "Vân Long", "nhaVuon"],

  ["cty-ca-phe-khe-sanh", "coffee", "Khe Sanh", "arabica robusta hat"],
  ["cty-ca-phe-khe-sanh", "farmVisit", "Khe Sanh", "caPhe"],
  ["htx-hai-san-bao-ninh", "fishSauce", "Bảo Ninh", "c30"],
  ["htx-hai-san-bao-ninh", "seafood", "Bảo Ninh", "mucNang"],
  ["htx-hai-san-bao-ninh", "driedFruit", "Quảng Bình", "khoai"],
  ["hkd-truong-van-phong", "homestay", "Phong Nha", "venSong"],
  ["hkd-truong-van-phong", "tour", "Phong Nha", "dapXe"],
  ["htx-ho-tieu-vinh-linh", "spices", "Vĩnh Linh", "tieuDen tieuDo"],

  ["cty-nuoc-mam-nam-o-hai-van", "fishSauce", "Nam Ô", "c40 nhi"],
  ["cty-nuoc-mam-nam-o-hai-van", "condiments", "Nam Ô", "mamNem"],
  ["cty-nuoc-mam-nam-o-hai-van", "seafood", "Đà Nẵng", "chaCa"],
  ["htx-sam-ngoc-linh-nam-tra-my", "ginseng", "Ngọc Linh", "tuoi matOng lat"],
  ["htx-sam-ngoc-linh-nam-tra-my", "spices", "Trà My", "queThanh"],
  ["htx-du-lich-tra-que", "tour", "Trà Quế", "lamNong"],
  ["htx-du-lich-tra-que", "farmVisit", "Trà Quế", "langRau"],
  ["thtx-moc-kim-bong", "woodcraft", "Kim Bồng", "tuong hop khay"],
  ["hkd-tran-thi-thuy", "silk", "Mã Châu", "khan choang"],

  ["htx-toi-ly-son", "spices", "Lý Sơn", "toiCoDon toiDen"],
  ["cty-duoc-lieu-tu-mo-rong", "herbs", "Kon Tum", "dongTrung linhChi"],
  ["cty-duoc-lieu-tu-mo-rong", "herbalTea", "Kon Tum", "samDay"],
  ["htx-que-tra-bong", "spices", "Trà Bồng", "queThanh queBot"],
  ["htx-que-tra-bong", "essentialOil", "Trà Bồng", "que"],
  ["htx-du-lich-kon-k-tu", "homestay", "Kon K'Tu", "nhaDai"],
  ["htx-du-lich-kon-k-tu", "tour", "Kon K'Tu", "khamPha"],

  ["cty-ho-tieu-chu-se-phu-loc", "spices", "Chư Sê", "tieuDen tieuDo"],
  ["cty-ho-tieu-chu-se-phu-loc", "coffee", "Pleiku", "robusta"],
  ["htx-ruou-bau-da", "liquor", "Bàu Đá", "gao"],
  ["hkd-nguyen-thi-nhung", "hat", "Phú Gia", "ngua nonLa"],
  ["hkd-vo-thi-hanh", "noodles", "Tam Quan", "trangDua"],
  ["hkd-vo-thi-hanh", "meat", "Chợ Huyện", "nemChua"],
  ["thtx-det-tho-cam-ia-grai", "brocade", "Ia Grai", "vai tui"],
  ["thtx-det-tho-cam-ia-grai", "liquor", "Ia Grai", "can"],

  ["cty-yen-sao-cam-ranh-thien-phu", "birdNest", "Cam Ranh", "tinhChe tho"],
  ["htx-gom-bau-truc", "ceramics", "Bàu Trúc", "loThien tuongCham dia"],
  ["htx-nho-phan-rang", "liquor", "Phan Rang", "vang"],
  ["htx-nho-phan-rang", "driedFruit", "Phan Rang", "nho"],
  ["hkd-le-van-hai", "seafood", "Nha Trang", "chaCa mucNang"],

  ["cty-ca-phe-cau-dat-langbiang", "coffee", "Cầu Đất", "arabica hat culi"],
  ["cty-ca-phe-cau-dat-langbiang", "farmVisit", "Cầu Đất", "caPhe"],
  ["htx-atiso-da-lat", "herbalTea", "Đà Lạt", "atiso"],
  ["htx-atiso-da-lat", "driedFruit", "Đà Lạt", "hongTreo dau"],
  ["htx-hoa-langbiang", "orchid", "Đà Lạt", "hoDiep dendro kiem"],
  ["htx-hoa-langbiang", "flowers", "Đà Lạt", "camTuCau hongCo"],
  ["htx-hoa-langbiang", "farmVisit", "Đà Lạt", "vuonHoa"],
  ["cty-nuoc-mam-phan-thiet-hai-au", "fishSauce", "Phan Thiết", "c40 c30 nhi"],
  ["cty-nuoc-mam-phan-thiet-hai-au", "seafood", "Phan Thiết", "mucNang"],
  ["cty-nuoc-mam-phan-thiet-hai-au", "driedFruit", "Bình Thuận", "thanhLong"],
  ["htx-nong-nghiep-tuy-duc", "nuts", "Tuy Đức", "macCa"],
  ["htx-nong-nghiep-tuy-duc", "spices", "Tuy Đức", "tieuDen"],
  ["hkd-lieng-jrang-k-thu", "homestay", "Langbiang", "nhaGo"],
  ["hkd-lieng-jrang-k-thu", "tour", "Langbiang", "khamPha"],
  ["hkd-lieng-jrang-k-thu", "brocade", "Làng Lát", "khan"],

  ["cty-ca-phe-ban-me-dat-do", "coffee", "Buôn Ma Thuột", "robusta culi hoaTan hat"],
  ["htx-ca-cao-krong-ana", "cocoa", "Krông Ana", "bot socola ngoi"],
  ["htx-ong-mat-cu-mgar", "honey", "Cư M'gar", "caPhe keo"],
  ["htx-du-lich-buon-ako-dhong", "homestay", "Buôn Ako Dhông", "nhaDai"],
  ["htx-du-lich-buon-ako-dhong", "tour", "Buôn Ako Dhông", "congChieng"],
  ["htx-du-lich-buon-ako-dhong", "brocade", "Buôn Ako Dhông", "vai"],
  ["hkd-nguyen-thi-bich", "noodles", "Hòa Đa", "trangMe"],
  ["hkd-nguyen-thi-bich", "seafood", "Phú Yên", "caNgu"],

  ["cty-son-mai-tuong-binh-hiep", "lacquer", "Tương Bình Hiệp", "tranh binh hop"],
  ["htx-ca-canh-binh-chanh", "fish", "Bình Chánh", "koi dia bayMau betta"],
  ["htx-ca-canh-binh-chanh", "orchid", "Củ Chi", "dendro mokara"],
  ["htx-du-lich-can-gio", "tour", "Cần Giờ", "ngapMan"],
  ["htx-du-lich-can-gio", "homestay", "Thạnh An", "venBien"],
  ["htx-du-lich-can-gio", "seafood", "Cần Giờ", "caDua"],
  ["hkd-tran-van-hau", "seafood", "Phước Hải", "caThu"],
  ["hkd-tran-van-hau", "condiments", "Phước Hải", "mamRuoc"],

  ["cty-hat-dieu-binh-phuoc-kim-phat", "nuts", "Bình Phước", "dieu dieuCui"],
  ["cty-hat-dieu-binh-phuoc-kim-phat", "spices", "Lộc Ninh", "tieuDen"],
  ["cty-gom-bien-hoa-tan-van", "ceramics", "Biên Hòa", "xanhDong binhLam"],
  ["htx-buoi-tan-trieu", "fruit", "Tân Triều", "buoi"],
  ["htx-buoi-tan-trieu", "farmVisit", "Tân Triều", "vuonTraiCay"],

  ["hkd-truong-thi-my", "noodles", "Trảng Bàng", "phoiSuong"],
  ["hkd-truong-thi-my", "spices", "Tây Ninh", "muoiTom"],
  ["htx-nong-nghiep-cho-dao", "rice", "Chợ Đào", "nangThom"],
  ["htx-nong-nghiep-cho-dao", "meat", "Cần Đước", "lapXuong"],
  ["htx-nong-nghiep-cho-dao", "fruit", "Long An", "thanhLong"],
  ["thtx-mang-cau-ba-den", "fruit", "Bà Đen", "mangCau"],
  ["thtx-mang-cau-ba-den", "driedFruit", "Bà Đen", "mangCau"],

  ["cty-lua-gao-my-xuyen-phat", "rice", "Sóc Trăng", "st25 lutSt25"],
  ["hkd-lam-thi-phuong", "sweets", "Vũng Thơm", "pia"],
  ["hkd-lam-thi-phuong", "meat", "Sóc Trăng", "lapXuong"],
  ["htx-khom-cau-duc", "fruit", "Cầu Đúc", "khom"],
  ["htx-khom-cau-duc", "juice", "Cầu Đúc", "khom"],
  ["htx-khom-cau-duc", "sweets", "Cầu Đúc", "mutKhom"],
  ["hkd-le-van-tu", "homestay", "Phong Điền", "mietVuon"],
  ["hkd-le-van-tu", "tour", "Cái Răng", "songNuoc"],
  ["hkd-le-van-tu", "farmVisit", "Phong Điền", "vuonTraiCay"],

  ["cty-dua-phuoc-an", "sweets", "Bến Tre", "keoDua keoDuaSauRieng"],
  ["cty-dua-phuoc-an", "juice", "Bến Tre", "nuocDua"],
  ["cty-dua-phuoc-an", "sugar", "Bến Tre", "matDua"],
  ["cty-dua-phuoc-an", "cocoa", "Bến Tre", "bot"],
  ["thtx-luc-binh-long-ho", "weaving", "Long Hồ", "gioLucBinh hopLucBinh"],
  ["htx-gom-do-mang-thit", "ceramics", "Mang Thít", "chauDo luDo"],
  ["hkd-pham-van-sau", "homestay", "An Bình", "mietVuon"],
  ["hkd-pham-van-sau", "tour", "An Bình", "songNuoc"],
  ["hkd-pham-van-sau", "fruit", "Bình Minh", "buoiNamRoi"],
  ["htx-dua-sap-cau-ke", "fruit", "Cầu Kè", "duaSap"],
  ["htx-dua-sap-cau-ke", "sweets", "Cầu Kè", "mutDua"],

  ["htx-hoa-kieng-tan-quy-dong", "flowers", "Sa Đéc", "cuc hoaGiay hongCo"],
  ["htx-hoa-kieng-tan-quy-dong", "bonsai", "Sa Đéc", "sanh maiChieuThuy tung"],
  ["htx-hoa-kieng-tan-quy-dong", "farmVisit", "Sa Đéc", "vuonHoa"],
  ["cty-nong-san-cao-lanh-xanh", "driedFruit", "Cao Lãnh", "xoai"],
  ["cty-nong-san-cao-lanh-xanh", "fruit", "Cao Lãnh", "xoai"],
  ["cty-nong-san-cao-lanh-xanh", "nuts", "Tháp Mười", "hatSen"],
  ["cty-nong-san-cao-lanh-xanh", "herbalTea", "Tháp Mười", "timSen"],
  ["hkd-nguyen-van-muoi", "fruit", "Lò Rèn", "vuSua"],
  ["hkd-nguyen-van-muoi", "noodles", "Mỹ Tho", "huTieu"],

  ["htx-mat-ong-u-minh-ha", "honey", "U Minh", "rung tram"],
  ["cty-thuy-san-rach-goc", "seafood", "Rạch Gốc", "tomKho baKhia"],
  ["cty-thuy-san-rach-goc", "seafood", "Năm Căn", "caDua"],
  ["hkd-huynh-thi-ut", "spices", "Bạc Liêu", "muoiHat"],
  ["hkd-huynh-thi-ut", "farmVisit", "Bạc Liêu", "dongMuoi"],

  ["cty-nuoc-mam-phu-quoc-hung-thinh", "fishSauce", "Phú Quốc", "c40 nhi c30"],
  ["hkd-le-thi-kim", "liquor", "Phú Quốc", "sim"],
  ["hkd-le-thi-kim", "spices", "Phú Quốc", "tieuDen"],
  ["htx-thot-not-bay-nui", "sugar", "Tri Tôn", "thotNot"],
  ["htx-thot-not-bay-nui", "juice", "Tri Tôn", "thotNot"],
  ["cty-dac-san-chau-doc-phuong-nam", "condiments", "Châu Đốc", "mamCaLinh mamThai"],
  ["cty-dac-san-chau-doc-phuong-nam", "seafood", "Châu Đốc", "caLoc"],
  ["thtx-lua-tan-chau", "silkCloth", "Tân Châu", "lanhMyA"],
  ["thtx-lua-tan-chau", "silk", "Tân Châu", "khan"],
  ["thtx-lua-tan-chau", "brocade", "Châu Giang", "khan"],
]

/** FNV-1a, to seed the PRNG from a string. */
function hash(text: string) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** mulberry32: a small, fast PRNG in [0, 1). */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function fill(pattern: string, vars: Record<string, string>) {
  return pattern.replace(/\{(\w)\}/g, (_, key: string) => vars[key])
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

type Draft = Omit<DemoProduct, "stars" | "totalScore">

function draft(line: Line, kindKey: string): Draft {
  const [producerKey, templateId, place] = line
  const template: Template = TEMPLATES[templateId]
  const kind = template.kinds[kindKey]
  if (!kind) throw new Error(`Unknown kind "${kindKey}" for template ${templateId}`)
  const [kindVi, kindEn, factor = 1] = kind
  const placeEn = stripDiacritics(place)
  const title = fill(template.title ?? "{k} {p}", { k: kindVi, p: place })
  const titleEn = capitalise(fill(template.titleEn ?? "{P} {K}", { K: kindEn, P: placeEn }))
  const handle = slugify(title)
  const [description, descriptionEn] = template.describe({ title, titleEn, place, placeEn })

  const random = prng(hash(handle))
  // From the handle, not the position, so adding lines never renames the SKUs of seeded products.
  const skuStem = `OCOP-${hash(handle).toString(36).toUpperCase().padStart(7, "0")}`
  const sizes = template.sizes
  const count = 1 + Math.floor(random() * sizes.length)
  const first = Math.floor(random() * (sizes.length - count + 1))
  const pricePoint = random() // the same point in every size's range, so bigger sizes cost more
  const variants = sizes.slice(first, first + count).map(([vi, en, code, min, max]): DemoVariant => {
    let stock: number
    if (template.capacity) {
      const [low, high] = template.capacity
      stock = low + Math.floor(random() * (high - low + 1))
    } else {
      stock = random() < 0.04 ? 0 : 5 + Math.floor(random() * 496)
    }
    return {
      title: vi,
      titleEn: capitalise(en),
      sku: `${skuStem}-${code}`,
      priceVnd: Math.round(((min + pricePoint * (max - min)) * factor) / 1000) * 1000,
      stock,
    }
  })

  return {
    handle,
    title,
    titleEn,
    description,
    descriptionEn,
    group: template.group,
    line: template.line,
    subgroup: findSubgroup(template.subgroup)!.label_vi,
    producerKey,
    variants,
    isService: template.group === 6,
  }
}

/** Score bands of Decision 148/2023 for the certified levels. */
const SCORE_BANDS = { 3: [50, 69.99], 4: [70, 89.99], 5: [90, 100] } as const

/**
 * Stars are dealt over a handle-hashed order: about 65% 3★, 28% 4★ and 7% 5★ (more 5★ than the national
 * share, so the demo has enough to show). 5★ go only to enterprises and cooperatives.
 */
function rank(drafts: Draft[]): DemoProduct[] {
  const formal = new Set(
    demoProducers.filter((p) => p.type === "enterprise" || p.type === "cooperative").map((p) => p.key),
  )
  const order = [...drafts].sort((a, b) => hash(`${a.handle}#stars`) - hash(`${b.handle}#stars`))
  const five = new Set(order.filter((d) => formal.has(d.producerKey)).slice(0, Math.round(drafts.length * 0.07)))
  const four = new Set(order.filter((d) => !five.has(d)).slice(0, Math.round(drafts.length * 0.28)))
  return drafts.map((d) => {
    const stars = five.has(d) ? 5 : four.has(d) ? 4 : 3
    const [low, high] = SCORE_BANDS[stars]
    const totalScore = Math.round((low + prng(hash(`${d.handle}#score`))() * (high - low)) * 100) / 100
    return { ...d, stars, totalScore }
  })
}

export const demoProducts: DemoProduct[] = rank(
  LINES.flatMap((line) => line[3].split(" ").map((kindKey) => draft(line, kindKey))),
)
