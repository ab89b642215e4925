/**
 * What a page says, in Vietnamese and English, when the OCOP rules refuse a certificate, an
 * evaluation, a GTIN, a lot or a traceability event. The API names each broken rule by its field,
 * its rule code and the facts it names (`{ field, rule, params }`, e.g. `decision_date`,
 * `future`, `{ date: "2026-12-09", today: "2026-12-07" }`); these templates turn it into a
 * sentence that says what to do, with the facts filled in. Rule codes, field paths and ids never
 * appear in a sentence. The admin extensions and the storefront both read them here.
 *
 * A template is found by the field's name and the rule code: `decision_date.future`; a rule that
 * says the same on any field is `*.required`. Field names are the last segment of the path without
 * list positions (`inputs.0.gtin` → `gtin`); score-sheet fields are `scores`, `scores_part`
 * (`scores.A`) and `scores_criterion` (`scores.A.A1`). A rule whose refusal has several cases
 * names it in `params.case`, tried first: `authority_name.competent_issuer.former_unknown`.
 */

export type RuleLang = "vi" | "en"

export type RuleSentenceParams = Record<string, string | number | null | undefined>

export interface BrokenRuleFacts {
  field: string
  rule: string
  params?: RuleSentenceParams
}

export const RULE_SENTENCES: Record<string, Record<RuleLang, string>> = {
  // The certificate's decision: its date, number and issuer.
  "decision_date.date": {
    vi: "“{value}” không phải là ngày: hãy nhập ngày ký quyết định theo dạng năm-tháng-ngày.",
    en: "“{value}” is not a date: enter the day the decision was signed as year-month-day.",
  },
  "decision_date.future": {
    vi: "Ngày quyết định {date} ở sau hôm nay ({today}): hãy nhập ngày quyết định đã được ký.",
    en: "The decision date {date} is after today ({today}): enter the day the decision was actually signed.",
  },
  "decision_date.after_evaluation": {
    vi: "Quyết định ngày {date} không thể trước ngày hội đồng đánh giá ({evaluated_on}): hãy kiểm tra lại hai ngày này.",
    en: "A decision dated {date} cannot come before the council's evaluation ({evaluated_on}): check both dates.",
  },
  "decision_date.after_previous": {
    vi: "Quyết định gia hạn ngày {date} không thể trước giấy chứng nhận được gia hạn ({previous_date}): hãy kiểm tra ngày quyết định.",
    en: "A renewal dated {date} cannot come before the certificate it renews ({previous_date}): check the decision date.",
  },
  "decision_date.expired": {
    vi: "Quyết định ngày {date} chỉ có hiệu lực đến hết ngày {valid_until}, đã hết hạn: không thể cấp; hãy nhập quyết định còn hiệu lực.",
    en: "A decision dated {date} was valid through {valid_until} and has expired: it cannot be issued; enter a decision that is still valid.",
  },
  "decision_number.format": {
    vi: "“{value}” không phải số quyết định: hãy viết số, “/QĐ-” và mã cơ quan ban hành, ví dụ 1898/QĐ-UBND hoặc 2361/QĐ-BNNMT.",
    en: "“{value}” is not a decision number: write the number, “/QĐ-” and the issuer's code, e.g. 1898/QĐ-UBND or 2361/QĐ-BNNMT.",
  },
  "decision_number.issuer": {
    vi: "Số quyết định {value} không khớp cấp cơ quan đã chọn: quyết định của cấp này được đánh số …/{prefix}…; hãy sửa số hoặc cấp cơ quan.",
    en: "The decision number {value} does not match the authority level chosen: this level numbers its decisions …/{prefix}…; correct the number or the level.",
  },
  "decision_number.unique": {
    vi: "Quyết định {decision_number} năm {year} của {authority} đã công nhận sản phẩm “{product}”: không cấp giấy thứ hai theo cùng quyết định.",
    en: "Decision {decision_number} of {year} by {authority} already certifies “{product}”: the same decision cannot certify it twice.",
  },
  "decision_number.same_decision": {
    vi: "Quyết định {decision_number} của {authority} đã được ghi là ký ngày {recorded_date}: mỗi số quyết định của một cơ quan là một văn bản trong năm; hãy nhập đúng ngày ký.",
    en: "Decision {decision_number} of {authority} is recorded as signed on {recorded_date}: an issuer's number names one decision a year; enter that signing date.",
  },
  "authority_level.enum": {
    vi: "Hãy chọn cấp cơ quan công nhận: UBND cấp huyện, UBND cấp tỉnh hoặc Bộ Nông nghiệp.",
    en: "Choose the recognising authority's level: district, provincial People's Committee or the Ministry of Agriculture.",
  },
  "authority_level.competent_authority": {
    vi: "Sản phẩm {stars} sao có quyết định ngày {date} do {authority_vi} công nhận: hãy chọn cấp cơ quan này.",
    en: "{stars}-star decisions dated {date} are recognised by the {authority_en}: choose that level.",
  },
  "authority_name.issuer": {
    vi: "“{name}” không phải tên một Ủy ban nhân dân hay Bộ: hãy ghi như UBND tỉnh Lào Cai, UBND huyện Bắc Hà, tỉnh Lào Cai hoặc Bộ Nông nghiệp và Môi trường.",
    en: "“{name}” is not the name of a People's Committee or ministry: write it like UBND tỉnh Lào Cai, UBND huyện Bắc Hà, tỉnh Lào Cai or Bộ Nông nghiệp và Môi trường.",
  },
  "authority_name.issuer_level": {
    vi: "“{name}” thuộc {authority_vi}: hãy chọn cấp cơ quan khớp với tên cơ quan.",
    en: "“{name}” is a {authority_en}: choose the authority level that matches its name.",
  },
  "authority_name.ministry_name": {
    vi: "Quyết định cấp Bộ ngày {date} do {expected} ký, không phải “{name}”: hãy sửa tên cơ quan.",
    en: "A ministry decision dated {date} is signed by the {expected}, not “{name}”: correct the authority's name.",
  },
  "authority_name.competent_issuer.expected": {
    vi: "Chủ thể ở {province}: quyết định ngày {date} do {expected} ký, không phải “{name}”; hãy sửa tên cơ quan.",
    en: "The producer is in {province}: a decision dated {date} is signed by {expected}, not “{name}”; correct the authority's name.",
  },
  "authority_name.competent_issuer.former_unknown": {
    vi: "Chưa biết chủ thể thuộc tỉnh nào trước ngày {date}: hãy ghi tỉnh cũ của chủ thể rồi gửi lại.",
    en: "The producer's former province (before {date}) is not known: record it on the producer, then submit again.",
  },
  "authority_name.competent_issuer.other_province": {
    vi: "Chủ thể ở {province}: “{name}” thuộc tỉnh khác; hãy ghi UBND huyện nơi chủ thể sản xuất.",
    en: "The producer was in {province}: “{name}” lies in another province; name the district committee where the producer is.",
  },
  "authority_name.competent_issuer.district": {
    vi: "Địa chỉ chủ thể ở {district}: quyết định cấp huyện do {expected} ký, không phải “{name}”; hãy sửa tên cơ quan.",
    en: "The producer's address is in {district}: a district decision for it is signed by {expected}, not “{name}”; correct the authority's name.",
  },
  // The certificate against the product's other certificates.
  "certificate.renewable": {
    vi: "Giấy chứng nhận {decision_number} đã bị thu hồi hoặc thay thế: chỉ gia hạn được giấy còn hiệu lực hoặc đã hết hạn; hãy cấp giấy mới.",
    en: "Certificate {decision_number} was revoked or superseded: only a valid or expired certificate can be renewed; issue a new one instead.",
  },
  "certificate.revocable": {
    vi: "Giấy chứng nhận {decision_number} không còn hiệu lực: chỉ thu hồi được giấy đang có hiệu lực.",
    en: "Certificate {decision_number} is no longer valid: only a valid certificate can be revoked.",
  },
  "*.one_valid_certificate": {
    vi: "Sản phẩm “{product}” đã có giấy chứng nhận OCOP còn hiệu lực: hãy gia hạn giấy đó thay vì cấp giấy mới.",
    en: "“{product}” already has a valid OCOP certificate: renew it instead of issuing a new one.",
  },
  "*.same_product": {
    vi: "Đánh giá lại là cho “{product}”, còn giấy chứng nhận {decision_number} là của “{previous_product}”: hãy gia hạn bằng đánh giá của đúng sản phẩm.",
    en: "The re-evaluation is for “{product}”, but certificate {decision_number} is for “{previous_product}”: renew it with that product's evaluation.",
  },
  "*.certified_level": {
    vi: "Tổng điểm {total} chưa đạt hạng được chứng nhận (3 sao cần từ {min} điểm và đủ tiêu chí bắt buộc; 1–2 sao chỉ là góp ý): không thể cấp giấy chứng nhận.",
    en: "A total of {total} points reaches no certified level (3 stars needs {min} points and every mandatory criterion; 1–2 stars are feedback): no certificate can be issued.",
  },
  "evaluation_id.one_of": {
    vi: "Hãy chọn một phiếu đánh giá đã lưu hoặc nhập phiếu chấm điểm mới, không cả hai.",
    en: "Choose a stored evaluation or fill in a new score sheet, not both.",
  },
  "evaluation_id.unused": {
    vi: "Phiếu đánh giá này đã dùng cho giấy chứng nhận {decision_number}: hãy chọn phiếu khác hoặc chấm điểm lại.",
    en: "This evaluation already backs certificate {decision_number}: choose another or score the product again.",
  },
  // The evaluation and its score sheet (Decision 148/QĐ-TTg).
  "council.required": {
    vi: "Hãy ghi tên hội đồng đánh giá.",
    en: "Name the evaluation council.",
  },
  "evaluated_at.date": {
    vi: "“{value}” không phải là ngày: hãy nhập ngày hội đồng đánh giá.",
    en: "“{value}” is not a date: enter the day the council evaluated the product.",
  },
  "evaluated_at.future": {
    vi: "Ngày đánh giá ở sau hôm nay ({today}): hãy nhập ngày hội đồng đã họp.",
    en: "The evaluation date is after today ({today}): enter the day the council met.",
  },
  "product_group.enum": {
    vi: "Hãy chọn một trong sáu nhóm sản phẩm OCOP.",
    en: "Choose one of the six OCOP product groups.",
  },
  "subgroup.required": {
    vi: "Hãy chọn phân nhóm của nhóm sản phẩm {group}.",
    en: "Choose a subgroup of product group {group}.",
  },
  "subgroup.subgroup": {
    vi: "“{value}” không phải phân nhóm của nhóm {group}: hãy chọn một phân nhóm trong danh sách.",
    en: "“{value}” is not a subgroup of group {group}: choose one from the list.",
  },
  "scores.required": {
    vi: "Hãy chấm điểm đủ ba phần A, B và C.",
    en: "Score all three parts A, B and C.",
  },
  "scores_part.required": {
    vi: "Hãy chấm điểm phần {part}.",
    en: "Score part {part}.",
  },
  "scores_part.unknown": {
    vi: "Phiếu chấm điểm không có phần {part}: chỉ có các phần A, B và C.",
    en: "The score sheet has no part {part}: its parts are A, B and C.",
  },
  "scores_criterion.required": {
    vi: "Hãy chấm điểm tiêu chí {criterion} (phần {part}).",
    en: "Score criterion {criterion} (part {part}).",
  },
  "scores_criterion.unknown": {
    vi: "Phần {part} không có tiêu chí {criterion}: hãy bỏ tiêu chí đó.",
    en: "Part {part} has no criterion {criterion}: leave it out.",
  },
  "scores_criterion.decimals": {
    vi: "Điểm tiêu chí {criterion} (“{value}”) phải là số có tối đa hai chữ số thập phân.",
    en: "The score of criterion {criterion} (“{value}”) must be a number with at most two decimals.",
  },
  "scores_criterion.range": {
    vi: "Tiêu chí {criterion} được chấm từ 0 đến {max} điểm, không phải {value}: hãy sửa điểm.",
    en: "Criterion {criterion} is scored from 0 to {max} points, not {value}: correct the score.",
  },
  "*.part_max": {
    vi: "Phần {part} tối đa {max} điểm, không phải {value}: hãy sửa điểm các tiêu chí.",
    en: "Part {part} has at most {max} points, not {value}: correct its criteria.",
  },
  "*.part_sum": {
    vi: "Phần {part} ghi {declared} điểm nhưng các tiêu chí cộng lại được {sum}: hãy sửa tổng phần.",
    en: "Part {part} is written as {declared} points but its criteria add up to {sum}: correct the part total.",
  },
  "total.range": {
    vi: "Tổng điểm từ 0 đến {max}, không phải {value}: hãy sửa tổng điểm.",
    en: "The total is between 0 and {max} points, not {value}: correct it.",
  },
  "total.decimals": {
    vi: "Tổng điểm (“{value}”) phải là số có tối đa hai chữ số thập phân.",
    en: "The total (“{value}”) must be a number with at most two decimals.",
  },
  "total.total_sum": {
    vi: "Tổng điểm ghi {declared} nhưng ba phần A, B, C cộng lại được {sum}: hãy sửa tổng điểm.",
    en: "The total is written as {declared} but parts A, B and C add up to {sum}: correct the total.",
  },
  "mandatory_unmet.type": {
    vi: "Hãy chọn các tiêu chí bắt buộc chưa đạt trong danh sách.",
    en: "Choose the unmet mandatory criteria from the list.",
  },
  "mandatory_unmet.unknown": {
    vi: "“{value}” không phải tiêu chí bắt buộc: hãy chọn trong danh sách.",
    en: "“{value}” is not a mandatory criterion: choose from the list.",
  },
  "mandatory_unmet.not_applicable": {
    vi: "Tiêu chí bắt buộc “{criterion_vi}” không áp dụng cho nhóm sản phẩm {group}: hãy bỏ chọn.",
    en: "The mandatory criterion “{criterion_en}” does not apply to product group {group}: unselect it.",
  },
  // The producer (OCOP subject).
  "subject_id.exists": {
    vi: "Không tìm thấy chủ thể OCOP này: hãy chọn lại chủ thể.",
    en: "This OCOP producer was not found: choose the producer again.",
  },
  "subject_id.required": {
    vi: "Sản phẩm chưa có giấy chứng nhận OCOP nên chưa biết chủ thể sản xuất: hãy chọn chủ thể, hoặc cấp chứng nhận cho sản phẩm trước.",
    en: "The product has no OCOP certificate to take the producer from: choose the producer, or certify the product first.",
  },
  "subject_id.producer": {
    vi: "Lô này thuộc một chủ thể khác: mỗi chủ thể chỉ khai báo lô và sự kiện của sản phẩm mình.",
    en: "This lot belongs to another producer: a producer declares lots and events only for its own products.",
  },
  "product_id.exists": {
    vi: "Không tìm thấy sản phẩm này: hãy chọn lại sản phẩm.",
    en: "This product was not found: choose the product again.",
  },
  "tax_code.format": {
    vi: "Mã số thuế gồm 10 chữ số, 13 chữ số dạng 0123456789-001, hoặc 12 chữ số định danh cá nhân: hãy kiểm tra lại.",
    en: "A tax code has 10 digits, 13 written 0123456789-001, or a 12-digit personal ID: check it.",
  },
  "tax_code.unique": {
    vi: "Mã số thuế này đã có chủ thể OCOP khác: hãy chọn chủ thể đó thay vì tạo mới.",
    en: "Another OCOP producer has this tax code: choose that producer instead of creating one.",
  },
  "*.province": {
    vi: "Hãy chọn tỉnh, thành phố trong danh sách 34 đơn vị hành chính.",
    en: "Choose the province or city from the list of the 34 units.",
  },
  "reason.required": {
    vi: "Hãy ghi lý do thu hồi (vi phạm hoặc không đạt chất lượng).",
    en: "Give the reason for the revocation (the violation or quality failure).",
  },
  // GTINs, GS1 company prefixes, GLNs and lot numbers (GS1).
  "gtin.required": {
    vi: "Hãy nhập mã GTIN (8, 12, 13 hoặc 14 chữ số).",
    en: "Enter the GTIN (8, 12, 13 or 14 digits).",
  },
  "gtin.digits": {
    vi: "“{value}” không phải mã GTIN: chỉ nhập chữ số.",
    en: "“{value}” is not a GTIN: enter digits only.",
  },
  "gtin.length": {
    vi: "“{value}” có {length} chữ số: mã GTIN có 8, 12, 13 hoặc 14 chữ số.",
    en: "“{value}” has {length} digits: a GTIN has 8, 12, 13 or 14.",
  },
  "*.check_digit": {
    vi: "Mã “{value}” sai số kiểm tra: chữ số cuối là {given}, đúng phải là {expected}; hãy chép lại mã từ giấy chứng nhận mã số mã vạch.",
    en: "The code “{value}” has a wrong check digit: its last digit is {given}, it should be {expected}; copy the code again from its GS1 certificate.",
  },
  "gtin.zero": {
    vi: "“{value}” không phải mã GTIN đã được cấp: hãy nhập mã GS1 cấp cho sản phẩm.",
    en: "“{value}” is not an allocated GTIN: enter the code GS1 allocated to the product.",
  },
  "gtin.unique": {
    vi: "Mã GTIN {gtin} đã được đăng ký cho sản phẩm khác: mỗi mã chỉ dùng cho một quy cách; hãy kiểm tra lại mã.",
    en: "GTIN {gtin} is already registered for another product: each GTIN names one product variant; check the code.",
  },
  "gtin.has_lots": {
    vi: "Đã có lô khai báo theo mã GTIN {gtin} (mã in trên nhãn): không thể đổi mã này.",
    en: "Lots were already declared under GTIN {gtin}, printed on their labels: it cannot be changed.",
  },
  "variant_id.unique": {
    vi: "Quy cách này đã có mã GTIN {gtin}.",
    en: "This product variant already has the GTIN {gtin}.",
  },
  "variant_id.service": {
    vi: "Đây là dịch vụ đặt chỗ (du lịch cộng đồng): dịch vụ không có mã GTIN hay lô hàng.",
    en: "This is a bookable service (community tourism): services carry no GTIN or lots.",
  },
  "variant_id.gtin": {
    vi: "Quy cách này chưa có mã GTIN: hãy đăng ký GTIN (hoặc tiền tố doanh nghiệp GS1) trước, rồi khai báo lô.",
    en: "This variant has no GTIN yet: register its GTIN (or your GS1 company prefix) first, then declare the lot.",
  },
  "company_prefix.required": {
    vi: "Hãy nhập tiền tố doanh nghiệp GS1 (6 đến 12 chữ số, ví dụ 8938505).",
    en: "Enter your GS1 company prefix (6 to 12 digits, e.g. 8938505).",
  },
  "company_prefix.digits": {
    vi: "“{value}” không phải tiền tố doanh nghiệp GS1: chỉ nhập chữ số.",
    en: "“{value}” is not a GS1 company prefix: enter digits only.",
  },
  "company_prefix.length": {
    vi: "“{value}” có {length} chữ số: tiền tố doanh nghiệp GS1 có từ 6 đến 12 chữ số.",
    en: "“{value}” has {length} digits: a GS1 company prefix has 6 to 12.",
  },
  "company_prefix.zero": {
    vi: "“{value}” không phải tiền tố doanh nghiệp GS1 đã được cấp.",
    en: "“{value}” is not an allocated GS1 company prefix.",
  },
  "company_prefix.taken": {
    vi: "Các mã GTIN theo tiền tố {prefix} đã thuộc cơ sở khác: hãy nhập tiền tố doanh nghiệp GS1 của chính mình.",
    en: "GTINs under the prefix {prefix} already belong to another producer: enter your own GS1 company prefix.",
  },
  "company_prefix.full": {
    vi: "Tiền tố {prefix} không còn đủ số cho {count} quy cách sản phẩm nữa: hãy đăng ký thêm tiền tố với GS1 Việt Nam hoặc nhập mã GTIN cho từng quy cách.",
    en: "The prefix {prefix} has no item numbers left for {count} more variants: ask GS1 Vietnam for another prefix.",
  },
  "gln.length": {
    vi: "“{value}” không phải mã địa điểm GLN: GLN có 13 chữ số.",
    en: "“{value}” is not a GLN: a GLN has 13 digits.",
  },
  "*.length": {
    vi: "“{value}” có {length} ký tự: hãy kiểm tra lại mã.",
    en: "“{value}” has {length} characters: check the code.",
  },
  "lot_code.required": {
    vi: "Hãy nhập mã lô (1 đến {max} ký tự).",
    en: "Enter the lot number (1 to {max} characters).",
  },
  "lot_code.length": {
    vi: "Mã lô “{value}” có {length} ký tự: mã lô GS1 có tối đa {max} ký tự.",
    en: "The lot number “{value}” has {length} characters: a GS1 lot number has at most {max}.",
  },
  "lot_code.charset": {
    vi: "Mã lô “{value}” có ký tự không dùng được (dấu cách, chữ có dấu): hãy dùng chữ không dấu A–Z, chữ số và - . /",
    en: "The lot number “{value}” has characters a GS1 lot number cannot carry (spaces, accents): use A–Z, digits and - . /",
  },
  "lot_code.unique": {
    vi: "Lô {lot} đã được khai báo cho mã GTIN {gtin}: hãy dùng mã lô khác.",
    en: "Lot {lot} is already declared for GTIN {gtin}: use another lot number.",
  },
  "lot.required": {
    vi: "Hãy nhập mã lô (1 đến {max} ký tự).",
    en: "Enter the lot number (1 to {max} characters).",
  },
  "lot.length": {
    vi: "Mã lô “{value}” có {length} ký tự: mã lô GS1 có tối đa {max} ký tự.",
    en: "The lot number “{value}” has {length} characters: a GS1 lot number has at most {max}.",
  },
  "lot.charset": {
    vi: "Mã lô “{value}” có ký tự không dùng được (dấu cách, chữ có dấu): hãy dùng chữ không dấu A–Z, chữ số và - . /",
    en: "The lot number “{value}” has characters a GS1 lot number cannot carry (spaces, accents): use A–Z, digits and - . /",
  },
  "*.syntax": {
    vi: "“{value}” không phải đường dẫn GS1 Digital Link có mã GTIN (…/01/mã GTIN/10/mã lô).",
    en: "“{value}” is not a GS1 Digital Link with a GTIN (…/01/GTIN/10/lot).",
  },
  "*.qualifier": {
    vi: "Đường dẫn có mã phân định “{ai}” không dùng được sau GTIN: chỉ dùng 22, 10 và 21.",
    en: "The link has a qualifier “{ai}” that cannot follow a GTIN: only 22, 10 and 21 can.",
  },
  "*.qualifier_order": {
    vi: "Các mã phân định trong đường dẫn phải theo thứ tự 22, 10, 21.",
    en: "The link's qualifiers must come in the order 22, 10, 21.",
  },
  "*.encoding": {
    vi: "Giá trị của mã phân định {ai} trong đường dẫn bị mã hóa sai: hãy chép lại đường dẫn.",
    en: "The value of qualifier {ai} in the link is wrongly encoded: copy the link again.",
  },
  // Lots.
  "production_date.date": {
    vi: "“{value}” không phải là ngày: hãy nhập ngày sản xuất.",
    en: "“{value}” is not a date: enter the production date.",
  },
  "production_date.future": {
    vi: "Ngày sản xuất {date} ở sau hôm nay ({today}): hãy nhập ngày lô đã được sản xuất.",
    en: "The production date {date} is after today ({today}): enter the day the lot was made.",
  },
  "*.date": {
    vi: "“{value}” không phải là ngày: hãy nhập ngày theo dạng năm-tháng-ngày.",
    en: "“{value}” is not a date: enter it as year-month-day.",
  },
  "*.after_production": {
    vi: "Hạn sử dụng {date} phải sau ngày sản xuất {production_date}: hãy sửa một trong hai ngày.",
    en: "The expiry {date} must come after the production date {production_date}: correct one of them.",
  },
  "quantity_produced.positive": {
    vi: "Số lượng sản xuất là số nguyên lớn hơn 0.",
    en: "The quantity produced is a whole number above zero.",
  },
  "origin_area.required": {
    vi: "Hãy ghi vùng nguyên liệu (xã, tỉnh).",
    en: "Say where the raw material comes from (commune, province).",
  },
  "inputs.required": {
    vi: "Mỗi nguyên liệu đầu vào cần mã GTIN hoặc tên.",
    en: "Each input needs a GTIN or a name.",
  },
  // Traceability events.
  "event_type.event_type": {
    vi: "Hãy chọn loại sự kiện trong danh sách.",
    en: "Choose the kind of event from the list.",
  },
  "action.action": {
    vi: "Hãy chọn hành động của sự kiện: thêm, quan sát hoặc xóa.",
    en: "Choose the event's action: add, observe or delete.",
  },
  "action.transformation": {
    vi: "Sự kiện chế biến tạo ra sản phẩm mới: hãy ghi với hành động “thêm”.",
    en: "A transformation creates its output: record it with the action “add”.",
  },
  "biz_step.cbv_biz_step": {
    vi: "Hãy chọn công đoạn trong danh sách (ví dụ đóng gói, vận chuyển, kiểm tra).",
    en: "Choose the step from the list (e.g. packing, shipping, inspecting).",
  },
  "disposition.cbv_disposition": {
    vi: "Hãy chọn tình trạng của hàng trong danh sách (ví dụ đang vận chuyển, sẵn sàng bán).",
    en: "Choose the goods' state from the list (e.g. in transit, ready for sale).",
  },
  "kind.kind": {
    vi: "Hãy chọn loại tài liệu đính kèm trong danh sách.",
    en: "Choose the kind of attachment from the list.",
  },
  "biz_transactions.required": {
    vi: "Sự kiện giao dịch cần ít nhất một chứng từ (ví dụ đơn đặt hàng).",
    en: "A transaction event needs at least one business document (e.g. a purchase order).",
  },
  "lat.latitude": {
    vi: "Vĩ độ là số từ -90 đến 90.",
    en: "A latitude is a number from -90 to 90.",
  },
  "lng.longitude": {
    vi: "Kinh độ là số từ -180 đến 180.",
    en: "A longitude is a number from -180 to 180.",
  },
  "event_time.time_zone": {
    vi: "Hãy nhập thời điểm kèm múi giờ (ví dụ giờ Việt Nam +07:00).",
    en: "Enter the time with its time zone (e.g. Vietnam time, +07:00).",
  },
  "event_time.instant": {
    vi: "Hãy nhập ngày và giờ của sự kiện.",
    en: "Enter the event's date and time.",
  },
  "event_time.future": {
    vi: "Sự kiện chỉ ghi việc đã xảy ra: thời điểm không được quá một ngày sau hiện tại.",
    en: "An event records what has happened: its time cannot be more than a day ahead.",
  },
  "event_time.past": {
    vi: "Thời điểm sự kiện trước năm 2000: hãy kiểm tra năm.",
    en: "The event's time is before 2000: check the year.",
  },
  "event_time_zone_offset.offset": {
    vi: "Múi giờ viết như +07:00.",
    en: "Write the time zone like +07:00.",
  },
  "actor.actor": {
    vi: "Hãy ghi tên người hoặc đơn vị thực hiện sự kiện.",
    en: "Name the person or organisation that carried out the event.",
  },
  "actor.actor_is_seller": {
    vi: "Sự kiện của cơ sở được ghi theo tên cơ sở đã đăng ký: hãy bỏ trống người thực hiện.",
    en: "Your events are recorded in your registered name: leave the actor out.",
  },
  "role.authority_by_admin": {
    vi: "Kiểm tra của cơ quan nhà nước do ban quản trị sàn ghi theo tên cơ quan, không phải trong tài liệu của cơ sở.",
    en: "An authority's inspection is recorded by the marketplace administration in the authority's name, not in a producer's document.",
  },
  "quantity.positive": {
    vi: "Số lượng phải lớn hơn 0.",
    en: "A quantity must be above zero.",
  },
  "uom.uom": {
    vi: "Hãy chọn đơn vị tính (ví dụ kg, lít, cái).",
    en: "Choose the unit (e.g. kg, litre, piece).",
  },
  "url.url": {
    vi: "Hãy nhập đường dẫn bắt đầu bằng http:// hoặc https://.",
    en: "Enter a link starting with http:// or https://.",
  },
  "correction_reason.required": {
    vi: "Hãy ghi điều cần sửa (ví dụ sai số lượng).",
    en: "Say what the correction corrects (e.g. a wrong quantity).",
  },
  // Any field.
  "*.required": {
    vi: "Hãy điền đủ các trường bắt buộc.",
    en: "Fill in every required field.",
  },
}

/** The field's name for the templates: "evaluation.scores.A.A1" → "scores_criterion", "inputs.0.gtin" → "gtin". */
export function ruleFieldName(field: string): string {
  const path = field
    .replace(/^evaluation\./, "")
    .replace(/\[(\w+)\]/g, ".$1")
    .split(".")
    .filter((part) => part && !/^\d+$/.test(part))
  if (path[0] === "scores") return ["scores", "scores_part", "scores_criterion"][Math.min(path.length, 3) - 1]
  return path[path.length - 1] ?? field
}

/** The template keys tried for a broken rule, most specific first. */
export function ruleSentenceKeys(facts: BrokenRuleFacts): string[] {
  const name = ruleFieldName(facts.field)
  const variant = facts.params?.case
  const keys = [`${name}.${facts.rule}`, `*.${facts.rule}`]
  return variant ? keys.flatMap((key) => [`${key}.${variant}`, key]) : keys
}

/** The template of a broken rule, or null when none is written for it. */
export function ruleTemplate(facts: BrokenRuleFacts, lang: RuleLang): string | null {
  for (const key of ruleSentenceKeys(facts)) {
    const template = RULE_SENTENCES[key]?.[lang]
    if (template) return template
  }
  return null
}

/** The names a template fills in: "{date} … {today}" → ["date", "today"]. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1])
}

/**
 * The sentence for a broken rule in a page's language, its facts filled in; null when no template
 * is written for it or the refusal does not give a fact the template names (the page then says
 * something more general rather than show a gap).
 */
export function ruleSentence(facts: BrokenRuleFacts, lang: RuleLang): string | null {
  const template = ruleTemplate(facts, lang)
  if (!template) return null
  const params = facts.params ?? {}
  if (templateParams(template).some((name) => params[name] === undefined || params[name] === null)) return null
  return template.replace(/\{(\w+)\}/g, (_, name: string) => formatFact(name, params[name]!, lang))
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * A fact as the page writes it: a day as 09/12/2026 in Vietnamese (the API's 2026-12-09 in
 * English), a decimal with the language's separator (69,5 / 69.5). A text the person typed
 * (`value`) is repeated as typed.
 */
function formatFact(name: string, fact: string | number, lang: RuleLang): string {
  if (typeof fact === "number")
    return Number.isInteger(fact) || lang === "en" ? String(fact) : String(fact).replace(".", ",")
  const day = name === "value" ? null : DAY.exec(fact)
  return day && lang === "vi" ? `${day[3]}/${day[2]}/${day[1]}` : fact
}
