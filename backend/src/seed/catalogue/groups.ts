import type { ProductGroup } from "./types"

/** The six OCOP product groups of Decision 148/2023, as the storefront's top categories. */
export const PRODUCT_GROUPS: { code: ProductGroup; handle: string; name: string; nameEn: string }[] = [
  { code: 1, handle: "thuc-pham", name: "Thực phẩm", nameEn: "Food" },
  { code: 2, handle: "do-uong", name: "Đồ uống", nameEn: "Beverages" },
  { code: 3, handle: "duoc-lieu", name: "Dược liệu và sản phẩm từ dược liệu", nameEn: "Medicinal herbs and herbal products" },
  { code: 4, handle: "thu-cong-my-nghe", name: "Thủ công mỹ nghệ", nameEn: "Handicrafts" },
  { code: 5, handle: "sinh-vat-canh", name: "Sinh vật cảnh", nameEn: "Ornamental plants and animals" },
  {
    code: 6,
    handle: "du-lich-cong-dong",
    name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    nameEn: "Community tourism, eco-tourism and tourist attractions",
  },
]
