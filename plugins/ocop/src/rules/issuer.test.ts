import { describe, it, expect } from "vitest"
import { MINISTRY_MAE, MINISTRY_MARD } from "./authority"
import {
  checkIssuer,
  districtInAddress,
  formerProvinceOf,
  parseIssuer,
  type IssuerInput,
  type ProducerLocation,
} from "./issuer"

const LAO_CAI: ProducerLocation = { province: "Lào Cai", address: "Thôn Na Hối, xã Bắc Hà, tỉnh Lào Cai" }
const YEN_BAI: ProducerLocation = {
  province: "Lào Cai",
  historical_province: "Yên Bái",
  address: "Thôn Khe Cọ, xã Văn Chấn, tỉnh Lào Cai",
}
const HA_GIANG_OLD: ProducerLocation = {
  province: "Tuyên Quang",
  historical_province: "Hà Giang",
  address: "Thôn Nậm Khòa, xã Nậm Ty, huyện Hoàng Su Phì, tỉnh Hà Giang",
}

function check(
  input: Partial<IssuerInput> & Pick<IssuerInput, "authority_name" | "decision_date" | "authority_level">,
) {
  return checkIssuer({ producer: LAO_CAI, ...input })
}
const rules = (input: Parameters<typeof check>[0]) => check(input).errors.map((e) => e.rule)

describe("parseIssuer", () => {
  it.each([
    ["UBND tỉnh Lào Cai", "2025-08-01", "province", "UBND tỉnh Lào Cai"],
    ["Ủy ban nhân dân  tỉnh Lào Cai.", "2025-08-01", "province", "UBND tỉnh Lào Cai"],
    ["UBND TP. Hồ Chí Minh", "2025-08-01", "province", "UBND thành phố Hồ Chí Minh"],
    ["UBND thành phố Hà Nội", "2024-03-01", "province", "UBND thành phố Hà Nội"],
    ["UBND tỉnh Thừa Thiên Huế", "2024-12-31", "province", "UBND tỉnh Thừa Thiên Huế"],
    ["UBND thành phố Huế", "2025-01-01", "province", "UBND thành phố Huế"],
    ["UBND thành phố Huế", "2024-12-31", "district", "UBND thành phố Huế"],
    ["UBND huyện Hoàng Su Phì", "2024-05-01", "district", "UBND huyện Hoàng Su Phì"],
    ["UBND huyện Văn Chấn, tỉnh Yên Bái", "2024-05-01", "district", "UBND huyện Văn Chấn, tỉnh Yên Bái"],
    ["UBND huyện Văn Chấn tỉnh Yên Bái", "2024-05-01", "district", "UBND huyện Văn Chấn, tỉnh Yên Bái"],
    ["UBND thị xã Sa Pa", "2024-05-01", "district", "UBND thị xã Sa Pa"],
    ["UBND thành phố Lào Cai", "2024-05-01", "district", "UBND thành phố Lào Cai"],
    ["UBND quận 1, thành phố Hồ Chí Minh", "2024-05-01", "district", "UBND quận 1, thành phố Hồ Chí Minh"],
    ["bộ nông nghiệp  và môi trường", "2025-09-12", "ministry", MINISTRY_MAE],
    ["Bộ NN&PTNT", "2023-09-12", "ministry", MINISTRY_MARD],
  ])("reads %j on %s as a %s authority: %s", (text, date, level, name) => {
    const parsed = parseIssuer(text, date)
    expect(parsed.ok && parsed.issuer).toMatchObject({ level, name })
  })

  it.each([
    ["abc", /names no People's Committee/],
    ["", /required/],
    ["UBND cấp huyện, tỉnh Lào Cai", /named district/],
    ["UBND huyện", /not the name of one/],
    ["UBND tỉnh Atlantis", /not a province-level unit/],
    ["UBND tỉnh Hà Nội", /centrally-run city/],
    ["UBND thành phố Sơn La, tỉnh Sơn La, tỉnh Lào Cai", /not the name of one/],
    ["UBND tỉnh Lào Cai, tỉnh Yên Bái", /not the name of one/],
  ])("refuses %j", (text, message) => {
    const parsed = parseIssuer(text, "2024-05-01")
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toMatch(message)
  })

  it("a merged province is no unit from 1 Jul 2025, a current one not before it when it was merged", () => {
    expect(parseIssuer("UBND tỉnh Yên Bái", "2025-06-30").ok).toBe(true)
    expect(parseIssuer("UBND tỉnh Yên Bái", "2025-07-01").ok).toBe(false)
  })
})

describe("checkIssuer: the authority competent for the producer's location", () => {
  it("accepts the producer's own province, before and after the change", () => {
    expect(
      rules({ decision_date: "2024-05-20", authority_level: "province", authority_name: "UBND tỉnh Lào Cai" }),
    ).toEqual([])
    expect(
      rules({ decision_date: "2025-07-01", authority_level: "province", authority_name: "UBND tỉnh Lào Cai" }),
    ).toEqual([])
  })

  it("refuses another province's committee with a message naming the competent one", () => {
    const { errors } = check({
      decision_date: "2025-08-01",
      authority_level: "province",
      authority_name: "UBND tỉnh Sơn La",
    })
    expect(errors).toEqual([expect.objectContaining({ field: "authority_name", rule: "competent_issuer" })])
    expect(errors[0].message).toMatch(/UBND tỉnh Lào Cai/)
    expect(
      rules({ decision_date: "2024-05-20", authority_level: "province", authority_name: "UBND tỉnh Sơn La" }),
    ).toEqual(["competent_issuer"])
    expect(rules({ decision_date: "2024-05-20", authority_level: "province", authority_name: "abc" })).toEqual([
      "issuer",
    ])
  })

  it("a producer formerly in a merged province: its former province until 30 Jun 2025, the merged unit from 1 Jul", () => {
    const yenBai = (date: string, name: string, level: "province" | "district" = "province") =>
      checkIssuer({ producer: YEN_BAI, decision_date: date, authority_level: level, authority_name: name }).errors.map(
        (e) => e.rule,
      )
    expect(yenBai("2025-06-30", "UBND tỉnh Yên Bái")).toEqual([])
    expect(yenBai("2025-06-30", "UBND tỉnh Lào Cai")).toEqual(["competent_issuer"])
    expect(yenBai("2025-07-01", "UBND tỉnh Lào Cai")).toEqual([])
    expect(yenBai("2025-07-01", "UBND tỉnh Yên Bái")).toEqual(["issuer"])
    expect(yenBai("2025-06-30", "UBND huyện Văn Chấn, tỉnh Yên Bái", "district")).toEqual([])
    expect(yenBai("2025-06-30", "UBND huyện Bắc Hà, tỉnh Lào Cai", "district")).toEqual(["competent_issuer"])
  })

  it("a district decision names a district of the former province, the one in the address when it names one", () => {
    const hg = (name: string) =>
      checkIssuer({
        producer: HA_GIANG_OLD,
        decision_date: "2024-05-20",
        authority_level: "district",
        authority_name: name,
      })
    expect(hg("UBND huyện Hoàng Su Phì").errors).toEqual([])
    expect(hg("UBND huyện Hoàng Su Phì").issuer?.name).toBe("UBND huyện Hoàng Su Phì, tỉnh Hà Giang")
    expect(hg("UBND huyện Hoàng Su Phì, tỉnh Hà Giang").errors).toEqual([])
    expect(hg("UBND huyện Bắc Quang").errors[0]?.message).toMatch(/Hoàng Su Phì/)
    expect(hg("UBND huyện Hoàng Su Phì, tỉnh Tuyên Quang").errors.map((e) => e.rule)).toEqual(["competent_issuer"])
    expect(hg("UBND cấp huyện, tỉnh Hà Giang").errors.map((e) => e.rule)).toEqual(["issuer"])
  })

  it("a district named alone must have lain in the producer's former province, where the reference list can tell", () => {
    // A Lào Cai producer whose address names no district (a post-2025 address).
    const laoCai = (name: string) =>
      checkIssuer({ producer: LAO_CAI, decision_date: "2024-05-20", authority_level: "district", authority_name: name })
    expect(laoCai("UBND huyện Mường Khương").errors).toEqual([])
    expect(laoCai("UBND huyện Mường Khương").issuer?.name).toBe("UBND huyện Mường Khương, tỉnh Lào Cai")
    const elsewhere = laoCai("UBND huyện Hoàng Su Phì").errors
    expect(elsewhere).toEqual([expect.objectContaining({ field: "authority_name", rule: "competent_issuer" })])
    expect(elsewhere[0].message).toMatch(/huyện Hoàng Su Phì was a district of Hà Giang, not of Lào Cai/)
    expect(laoCai("UBND huyện Không Có").errors[0].message).toMatch(/Lào Cai had no district named huyện Không Có/)
    // A province whose list is partial cannot refuse an unlisted name (huyện Châu Thành was in ten provinces).
    const benTre: ProducerLocation = {
      province: "Vĩnh Long",
      historical_province: "Bến Tre",
      address: "Ấp 3, xã Tiên Thủy, tỉnh Vĩnh Long",
    }
    const named = (name: string) =>
      checkIssuer({ producer: benTre, decision_date: "2024-05-20", authority_level: "district", authority_name: name })
        .errors
    expect(named("UBND huyện Châu Thành")).toEqual([])
    expect(named("UBND huyện Mỏ Cày Nam")).toEqual([])
  })

  it("the level of the name must be the declared level", () => {
    expect(
      rules({ decision_date: "2024-05-20", authority_level: "district", authority_name: "UBND tỉnh Lào Cai" }),
    ).toEqual(["issuer_level"])
    expect(rules({ decision_date: "2025-08-01", authority_level: "province", authority_name: MINISTRY_MAE })).toEqual([
      "issuer_level",
    ])
  })

  it("the ministry is Agriculture and Rural Development until 28 Feb 2025, Agriculture and Environment from 1 Mar", () => {
    const ministry = (date: string, name: string) =>
      rules({ decision_date: date, authority_level: "ministry", authority_name: name })
    expect(ministry("2025-02-28", MINISTRY_MARD)).toEqual([])
    expect(ministry("2025-02-28", MINISTRY_MAE)).toEqual(["ministry_name"])
    expect(ministry("2025-03-01", MINISTRY_MAE)).toEqual([])
    expect(ministry("2025-03-01", MINISTRY_MARD)).toEqual(["ministry_name"])
  })

  it("Huế: Thừa Thiên Huế province until 31 Dec 2024, the city of Huế from 1 Jan 2025", () => {
    const hue: ProducerLocation = { province: "Huế", address: "Thôn Trung Thạnh, xã Phong Điền, thành phố Huế" }
    const at = (date: string, name: string) =>
      checkIssuer({ producer: hue, decision_date: date, authority_level: "province", authority_name: name }).errors
    expect(at("2024-12-31", "UBND tỉnh Thừa Thiên Huế")).toEqual([])
    expect(at("2025-01-01", "UBND thành phố Huế")).toEqual([])
    expect(at("2025-01-01", "UBND tỉnh Thừa Thiên Huế").length).toBe(1)
    expect(formerProvinceOf(hue, "2024-12-31")?.name).toBe("Thừa Thiên Huế")
  })
})

describe("districtInAddress", () => {
  it("finds the district a pre-2025 address names, not a province-level city", () => {
    expect(districtInAddress(HA_GIANG_OLD.address)).toEqual({ kind: "huyện", name: "Hoàng Su Phì" })
    expect(districtInAddress("Thôn Giang Cao, xã Bát Tràng, thành phố Hà Nội")).toBeNull()
    expect(districtInAddress("Số 5, phường Cốc Lếu, thành phố Lào Cai, tỉnh Lào Cai")).toEqual({
      kind: "thành phố",
      name: "Lào Cai",
    })
  })
})
