/**
 * Vietnamese ↔ English names of OCOP product kinds, as data: buyers abroad type "honey", buyers at
 * home "mật ong" or "mat ong". Meilisearch takes them as its `synonyms` setting (each word of a
 * group stands for the others, both ways); the PostgreSQL provider needs none of them for the
 * catalogue because every product also carries its English name (`title_en`).
 */
export const SYNONYM_GROUPS: string[][] = [
  ["mật ong", "mat ong", "honey"],
  ["nước mắm", "nuoc mam", "fish sauce"],
  ["mắm", "mam", "fermented paste"],
  ["trà", "tra", "chè", "che", "tea"],
  ["cà phê", "ca phe", "coffee"],
  ["gạo", "gao", "rice"],
  ["nếp", "nep", "sticky rice", "glutinous rice"],
  ["sâm", "sam", "ginseng"],
  ["tinh dầu", "tinh dau", "essential oil"],
  ["rượu", "ruou", "wine", "spirit"],
  ["lụa", "lua", "silk"],
  ["gốm", "gom", "ceramic", "pottery"],
  ["sơn mài", "son mai", "lacquer"],
  ["mây", "may", "rattan"],
  ["tre", "bamboo"],
  ["thổ cẩm", "tho cam", "brocade"],
  ["nón lá", "non la", "conical hat"],
  ["hạt điều", "hat dieu", "cashew"],
  ["mắc ca", "mac ca", "macadamia"],
  ["miến", "mien", "glass noodles"],
  ["tiêu", "tieu", "pepper"],
  ["quế", "que", "cinnamon"],
  ["hồi", "hoi", "star anise"],
  ["nghệ", "nghe", "turmeric"],
  ["gừng", "gung", "ginger"],
  ["du lịch", "du lich", "tour", "tourism"],
  ["homestay", "nhà nghỉ", "nha nghi"],
]

/** Meilisearch's `synonyms` setting: every word of a group maps to the others. */
export function meilisearchSynonyms(groups: string[][] = SYNONYM_GROUPS): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const group of groups) {
    for (const word of group) {
      out[word] = [...new Set([...(out[word] ?? []), ...group.filter((other) => other !== word)])]
    }
  }
  return out
}
