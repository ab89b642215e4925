import { describe, expect, it } from "vitest"
import { RULE_SENTENCES, ruleFieldName, ruleSentence, templateParams } from "./rule-sentences"

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i

describe("RULE_SENTENCES", () => {
  it.each(Object.entries(RULE_SENTENCES))("%s says the same facts in Vietnamese and English", (_, templates) => {
    expect(templates.vi).toMatch(VIETNAMESE)
    // A fact given in each language (`authority_vi`, `authority_en`) counts once.
    const facts = (template: string) =>
      templateParams(template)
        .map((name) => name.replace(/_(vi|en)$/, ""))
        .sort()
    expect(facts(templates.vi)).toEqual(facts(templates.en))
  })

  it("names no rule code, field path or placeholder left unfilled", () => {
    const sentence = ruleSentence(
      { field: "decision_date", rule: "future", params: { date: "2026-12-09", today: "2026-12-07" } },
      "vi",
    )
    expect(sentence).toBe("Ngày quyết định 09/12/2026 ở sau hôm nay (07/12/2026): hãy nhập ngày quyết định đã được ký.")
    expect(
      ruleSentence(
        { field: "decision_date", rule: "future", params: { date: "2026-12-09", today: "2026-12-07" } },
        "en",
      ),
    ).toBe("The decision date 2026-12-09 is after today (2026-12-07): enter the day the decision was actually signed.")
  })

  it("finds a field's template through its path, and a case's before its rule's", () => {
    expect(ruleFieldName("evaluation.scores.A.A1")).toBe("scores_criterion")
    expect(ruleFieldName("scores.B")).toBe("scores_part")
    expect(ruleFieldName("inputs.0.gtin")).toBe("gtin")
    expect(
      ruleSentence(
        {
          field: "authority_name",
          rule: "competent_issuer",
          params: { case: "former_unknown", date: "2025-07-01", name: "x" },
        },
        "en",
      ),
    ).toBe(
      "The producer's former province (before 2025-07-01) is not known: record it on the producer, then submit again.",
    )
    expect(
      ruleSentence(
        { field: "evaluation.scores.A.A1", rule: "range", params: { criterion: "A1", max: 5, value: 7.5 } },
        "vi",
      ),
    ).toBe("Tiêu chí A1 được chấm từ 0 đến 5 điểm, không phải 7,5: hãy sửa điểm.")
  })

  it("says nothing rather than leave a fact out", () => {
    expect(ruleSentence({ field: "decision_date", rule: "future", params: { date: "2026-12-09" } }, "vi")).toBeNull()
    expect(ruleSentence({ field: "x", rule: "no_such_rule" }, "vi")).toBeNull()
  })
})
