import type { DemoProducer } from "./types"

/**
 * Invented OCOP subjects for the demo catalogue (any likeness to a real business is accidental).
 * Addresses use the two-level units in force since 1 Jul 2025; a record written before the merger
 * keeps its old address and `historicalProvince`. Tax codes are 10 digits (13 for a branch); household
 * businesses use a 12-digit personal ID number.
 */
export const demoProducers: DemoProducer[] = [
  {
    key: "cty-gom-bat-trang-an-khang",
    legalName: "Công ty TNHH Gốm sứ Bát Tràng An Khang",
    type: "enterprise",
    taxCode: "1520374067",
    province: "Hà Nội",
    formerDistrict: "huyện Gia Lâm",
    address: "Thôn Giang Cao, xã Bát Tràng, thành phố Hà Nội",
    story:
      "Thành lập năm 2009, công ty chuyên sản xuất gốm men lam, men rạn theo kỹ thuật truyền thống của làng gốm Bát Tràng. Công ty liên kết với 35 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2009, the company makes blue and crackle-glaze ceramics with the traditional techniques of the Bat Trang pottery village. It works with 35 partner households in its sourcing area.",
  },
  {
    key: "htx-lua-van-phuc-hung-long",
    legalName: "Hợp tác xã Dệt lụa Vạn Phúc Hưng Long",
    type: "cooperative",
    taxCode: "2332789462",
    province: "Hà Nội",
    formerDistrict: "quận Hà Đông",
    address: "Tổ dân phố Vạn Phúc, phường Hà Đông, thành phố Hà Nội",
    story:
      "Thành lập năm 2011, hợp tác xã giữ nghề dệt lụa tơ tằm trên khung dệt của làng Vạn Phúc. Hợp tác xã hiện có 28 thành viên.",
    storyEn:
      "Founded in 2011, the cooperative keeps mulberry-silk weaving alive on the looms of Van Phuc village. The cooperative has 28 members.",
  },
  {
    key: "cty-son-mai-ha-thai-tam-viet",
    legalName: "Công ty Cổ phần Sơn mài Hạ Thái Tâm Việt",
    type: "enterprise",
    taxCode: "1151211491",
    province: "Hà Nội",
    formerDistrict: "huyện Thường Tín",
    address: "Thôn Hạ Thái, xã Thường Tín, thành phố Hà Nội",
    story:
      "Thành lập năm 2006, công ty làm tranh và đồ gia dụng sơn mài bằng sơn ta, vỏ trứng và vàng bạc quỳ. Công ty liên kết với 40 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2006, the company crafts lacquer paintings and homeware with natural lacquer, eggshell and gold leaf. It works with 40 partner households in its sourcing area.",
  },
  {
    key: "thtx-may-tre-phu-vinh",
    legalName: "Tổ hợp tác Mây tre đan Phú Vinh",
    type: "cooperative_group",
    taxCode: "0627453489",
    province: "Hà Nội",
    formerDistrict: "huyện Chương Mỹ",
    address: "Thôn Phú Vinh, xã Phú Nghĩa, thành phố Hà Nội",
    story:
      "Thành lập năm 2016, tổ hợp tác đan giỏ, khay và đèn từ mây, tre theo mẫu truyền thống của làng Phú Vinh. Tổ hợp tác gồm 18 hộ thành viên.",
    storyEn:
      "Founded in 2016, the cooperative group weaves rattan and bamboo baskets, trays and lamps in the traditional patterns of Phu Vinh village. The group brings together 18 member households.",
  },
  {
    key: "hkd-tran-thi-lan",
    legalName: "Hộ kinh doanh Trần Thị Lan",
    type: "household_business",
    taxCode: "001169613818",
    province: "Hà Nội",
    formerDistrict: "quận Tây Hồ",
    address: "Tổ dân phố Quảng Bá, phường Tây Hồ, thành phố Hà Nội",
    story:
      "Thành lập năm 2014, cơ sở ướp trà với hoa sen Tây Hồ và trồng đào, quất cảnh cho Tết ở Nhật Tân, Tứ Liên. Cơ sở gia đình với 5 lao động.",
    storyEn:
      "Founded in 2014, the family business scents tea with West Lake lotus and grows Tet peach and kumquat trees in Nhat Tan and Tu Lien. A family business employing 5 people.",
  },
  {
    key: "hkd-do-van-hung",
    legalName: "Hộ kinh doanh Đỗ Văn Hùng",
    type: "household_business",
    taxCode: "001068315024",
    province: "Hà Nội",
    formerDistrict: "thị xã Sơn Tây",
    address: "Thôn Mông Phụ, phường Sơn Tây, thành phố Hà Nội",
    story:
      "Thành lập năm 2017, cơ sở đón khách ở nhà cổ đá ong trong làng cổ Đường Lâm và làm chè lam theo công thức gia truyền. Cơ sở gia đình với 6 lao động.",
    storyEn:
      "Founded in 2017, the family business welcomes guests to a laterite heritage house in Duong Lam ancient village and makes che lam to a family recipe. A family business employing 6 people.",
  },
  {
    key: "cty-huong-giang-xua",
    legalName: "Công ty TNHH Thực phẩm Hương Giang Xưa",
    type: "enterprise",
    taxCode: "4590394986",
    province: "Huế",
    historicalProvince: "Thừa Thiên Huế",
    formerDistrict: "thành phố Huế",
    address: "Số 12 đường Chi Lăng, phường Phú Xuân, thành phố Huế",
    story:
      "Thành lập năm 2010, công ty chế biến đặc sản Huế như mè xửng, mứt gừng và tôm chua theo công thức cung đình. Công ty liên kết với 22 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2010, the company produces Hue specialities such as sesame brittle, candied ginger and sour shrimp to royal-court recipes. It works with 22 partner households in its sourcing area.",
  },
  {
    key: "htx-tinh-dau-tram-phong-dien",
    legalName: "Hợp tác xã Tinh dầu tràm Phong Điền",
    type: "cooperative",
    taxCode: "4229096531",
    province: "Huế",
    historicalProvince: "Thừa Thiên Huế",
    formerDistrict: "huyện Phong Điền",
    address: "Thôn Trung Thạnh, xã Phong Điền, thành phố Huế, trước 2025 thuộc huyện Phong Điền, tỉnh Thừa Thiên Huế",
    story:
      "Thành lập năm 2013, hợp tác xã chưng cất tinh dầu tràm từ rừng tràm ven biển Phong Điền. Hợp tác xã hiện có 45 thành viên.",
    storyEn:
      "Founded in 2013, the cooperative distils cajeput oil from the coastal cajeput forests of Phong Dien. The cooperative has 45 members.",
  },
  {
    key: "hkd-le-thi-hoa",
    legalName: "Hộ kinh doanh Lê Thị Hoa",
    type: "household_business",
    taxCode: "046170677544",
    province: "Huế",
    historicalProvince: "Thừa Thiên Huế",
    formerDistrict: "thành phố Huế",
    address: "Kiệt 54 đường Phan Đình Phùng, phường Thuận Hóa, thành phố Huế",
    story:
      "Thành lập năm 2012, cơ sở chằm nón bài thơ bằng lá non phơi sương theo nghề của làng nón Phú Cam. Cơ sở gia đình với 4 lao động.",
    storyEn:
      "Founded in 2012, the family business stitches poem hats from dew-bleached young palm leaves, the craft of the Phu Cam hat makers. A family business employing 4 people.",
  },
  {
    key: "htx-du-lich-thuy-bieu",
    legalName: "Hợp tác xã Du lịch cộng đồng Thủy Biều",
    type: "cooperative",
    taxCode: "4369087664",
    province: "Huế",
    historicalProvince: "Thừa Thiên Huế",
    formerDistrict: "thành phố Huế",
    address: "Làng Thủy Biều, phường Kim Long, thành phố Huế",
    story:
      "Thành lập năm 2015, hợp tác xã đưa du khách về các nhà vườn cổ và vườn thanh trà bên sông Hương. Hợp tác xã hiện có 32 thành viên.",
    storyEn:
      "Founded in 2015, the cooperative takes visitors to the old garden houses and thanh tra pomelo orchards on the Perfume River. The cooperative has 32 members.",
  },
  {
    key: "htx-duoc-lieu-sin-ho-xanh",
    legalName: "Hợp tác xã Dược liệu Sìn Hồ Xanh",
    type: "cooperative",
    taxCode: "0741728668",
    province: "Lai Châu",
    formerDistrict: "huyện Sìn Hồ",
    address: "Bản Sà Dề Phìn, xã Sìn Hồ, tỉnh Lai Châu",
    story:
      "Thành lập năm 2018, hợp tác xã trồng sâm Lai Châu, tam thất và thảo quả dưới tán rừng nguyên sinh. Hợp tác xã hiện có 24 thành viên.",
    storyEn:
      "Founded in 2018, the cooperative grows Lai Chau ginseng, notoginseng and black cardamom under old-growth forest. The cooperative has 24 members.",
  },
  {
    key: "thtx-mien-dong-binh-lu",
    legalName: "Tổ hợp tác Miến dong Bình Lư",
    type: "cooperative_group",
    taxCode: "4674622678",
    province: "Lai Châu",
    formerDistrict: "huyện Tam Đường",
    address: "Bản Nà Bỏ, xã Bình Lư, tỉnh Lai Châu",
    story:
      "Thành lập năm 2017, tổ hợp tác làm miến dong thủ công từ củ dong riềng trồng ở thung lũng Bình Lư, xen với mắc ca và chè Tam Đường. Tổ hợp tác gồm 15 hộ thành viên.",
    storyEn:
      "Founded in 2017, the cooperative group makes hand-cut glass noodles from canna grown in the Binh Lu valley, alongside Tam Duong macadamia and tea. The group brings together 15 member households.",
  },
  {
    key: "hkd-vang-a-cha",
    legalName: "Hộ kinh doanh Vàng A Chá",
    type: "household_business",
    taxCode: "012077700247",
    province: "Lai Châu",
    formerDistrict: "huyện Phong Thổ",
    address: "Bản Sin Suối Hồ, xã Phong Thổ, tỉnh Lai Châu",
    story:
      "Thành lập năm 2019, cơ sở đón khách ở nhà trình tường của người Mông tại bản du lịch Sin Suối Hồ. Cơ sở gia đình với 7 lao động.",
    storyEn:
      "Founded in 2019, the family business hosts guests in a Hmong rammed-earth house in the Sin Suoi Ho tourist village. A family business employing 7 people.",
  },
  {
    key: "htx-nong-nghiep-muong-thanh-xanh",
    legalName: "Hợp tác xã Nông nghiệp Mường Thanh Xanh",
    type: "cooperative",
    taxCode: "3271075195",
    province: "Điện Biên",
    formerDistrict: "huyện Điện Biên",
    address: "Bản Che Căn, xã Thanh Nưa, tỉnh Điện Biên",
    story:
      "Thành lập năm 2014, hợp tác xã trồng lúa tám thơm và nếp nương trên cánh đồng Mường Thanh theo quy trình VietGAP. Hợp tác xã hiện có 60 thành viên.",
    storyEn:
      "Founded in 2014, the cooperative grows fragrant Tam rice and upland sticky rice on the Muong Thanh plain to VietGAP standards. The cooperative has 60 members.",
  },
  {
    key: "hkd-lo-thi-xuan",
    legalName: "Hộ kinh doanh Lò Thị Xuân",
    type: "household_business",
    taxCode: "011185329886",
    province: "Điện Biên",
    formerDistrict: "thành phố Điện Biên Phủ",
    address: "Bản Phiêng Lơi, phường Điện Biên Phủ, tỉnh Điện Biên",
    story:
      "Thành lập năm 2016, cơ sở làm thịt trâu, lạp sườn gác bếp và dệt khăn piêu theo cách của người Thái đen. Cơ sở gia đình với 6 lao động.",
    storyEn:
      "Founded in 2016, the family business smokes buffalo meat and sausages over the kitchen fire and weaves pieu scarves the Black Thai way. A family business employing 6 people.",
  },
  {
    key: "cty-nong-san-moc-chau-xanh",
    legalName: "Công ty Cổ phần Nông sản Mộc Châu Xanh",
    type: "enterprise",
    taxCode: "4017296271",
    province: "Sơn La",
    formerDistrict: "huyện Mộc Châu",
    address: "Tiểu khu 7, phường Mộc Châu, tỉnh Sơn La",
    story:
      "Thành lập năm 2012, công ty thu mua và chế biến mận, chè và chanh leo của cao nguyên Mộc Châu. Công ty liên kết với 120 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2012, the company buys and processes plums, tea and passion fruit from the Moc Chau plateau. It works with 120 partner households in its sourcing area.",
  },
  {
    key: "thtx-che-shan-tuyet-ta-xua",
    legalName: "Tổ hợp tác Chè Shan tuyết Tà Xùa",
    type: "cooperative_group",
    taxCode: "1059719357",
    province: "Sơn La",
    formerDistrict: "huyện Bắc Yên",
    address: "Bản Bẹ, xã Tà Xùa, tỉnh Sơn La",
    story:
      "Thành lập năm 2018, tổ hợp tác hái chè từ những cây Shan tuyết cổ thụ ở độ cao 1.500 m trên đỉnh Tà Xùa. Tổ hợp tác gồm 21 hộ thành viên.",
    storyEn:
      "Founded in 2018, the cooperative group picks tea from ancient Shan Tuyet trees growing 1,500 m up in Ta Xua. The group brings together 21 member households.",
  },
  {
    key: "htx-du-lich-ban-ang",
    legalName: "Hợp tác xã Du lịch cộng đồng Bản Áng",
    type: "cooperative",
    taxCode: "4819883531",
    province: "Sơn La",
    formerDistrict: "huyện Mộc Châu",
    address: "Bản Áng, phường Mộc Sơn, tỉnh Sơn La",
    story:
      "Thành lập năm 2016, hợp tác xã đón khách trong nhà sàn Thái bên rừng thông Bản Áng và tổ chức tham quan đồi chè, vườn mận. Hợp tác xã hiện có 27 thành viên.",
    storyEn:
      "Founded in 2016, the cooperative welcomes guests to Thai stilt houses by the Ban Ang pine forest and runs tea-hill and orchard visits. The cooperative has 27 members.",
  },
  {
    key: "cty-hoi-que-xu-lang",
    legalName: "Công ty TNHH Hồi Quế Xứ Lạng",
    type: "enterprise",
    taxCode: "4636960637",
    province: "Lạng Sơn",
    formerDistrict: "huyện Văn Quan",
    address: "Khu 3, xã Văn Quan, tỉnh Lạng Sơn",
    story:
      "Thành lập năm 2008, công ty thu mua hoa hồi Văn Quan, sấy khô và chưng cất tinh dầu hồi xuất khẩu. Công ty liên kết với 300 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2008, the company buys Van Quan star anise, dries it and distils star-anise oil for export. It works with 300 partner households in its sourcing area.",
  },
  {
    key: "htx-nong-san-chi-lang",
    legalName: "Hợp tác xã Nông sản Chi Lăng",
    type: "cooperative",
    taxCode: "2133046783",
    province: "Lạng Sơn",
    formerDistrict: "huyện Chi Lăng",
    address: "Thôn Đồng Mỏ, xã Chi Lăng, tỉnh Lạng Sơn",
    story:
      "Thành lập năm 2015, hợp tác xã trồng na dai trên núi đá vôi Chi Lăng và nấu rượu men lá Mẫu Sơn. Hợp tác xã hiện có 38 thành viên.",
    storyEn:
      "Founded in 2015, the cooperative grows custard apples on the Chi Lang limestone hills and distils Mau Son leaf-yeast liquor. The cooperative has 38 members.",
  },
  {
    key: "cty-hai-san-ha-long-bien-xanh",
    legalName: "Công ty TNHH Hải sản Hạ Long Biển Xanh",
    type: "enterprise",
    taxCode: "4107137491",
    province: "Quảng Ninh",
    formerDistrict: "thành phố Hạ Long",
    address: "Khu 4, phường Hồng Gai, tỉnh Quảng Ninh",
    story:
      "Thành lập năm 2011, công ty giã chả mực bằng tay và chế biến mực, sá sùng đánh bắt ở vịnh Bái Tử Long. Công ty liên kết với 25 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2011, the company pounds squid cakes by hand and processes squid and peanut worms caught in Bai Tu Long Bay. It works with 25 partner households in its sourcing area.",
  },
  {
    key: "htx-tra-hoa-vang-ba-che",
    legalName: "Hợp tác xã Trà hoa vàng Ba Chẽ",
    type: "cooperative",
    taxCode: "2656116315",
    province: "Quảng Ninh",
    formerDistrict: "huyện Ba Chẽ",
    address: "Thôn Khe Lọng, xã Ba Chẽ, tỉnh Quảng Ninh",
    story:
      "Thành lập năm 2017, hợp tác xã trồng trà hoa vàng và ba kích tím dưới tán rừng Ba Chẽ. Hợp tác xã hiện có 19 thành viên.",
    storyEn:
      "Founded in 2017, the cooperative grows golden camellia and purple morinda under the Ba Che forest canopy. The cooperative has 19 members.",
  },
  {
    key: "hkd-pham-van-tung",
    legalName: "Hộ kinh doanh Phạm Văn Tùng",
    type: "household_business",
    taxCode: "022081780894",
    province: "Quảng Ninh",
    formerDistrict: "thành phố Uông Bí",
    address: "Thôn Nam Mẫu, phường Yên Tử, tỉnh Quảng Ninh",
    story:
      "Thành lập năm 2018, cơ sở ngâm rượu mơ và làm ô mai từ mơ lông chân núi Yên Tử. Cơ sở gia đình với 4 lao động.",
    storyEn:
      "Founded in 2018, the family business steeps apricot wine and makes o mai from the downy apricots at the foot of Yen Tu mountain. A family business employing 4 people.",
  },
  {
    key: "cty-xu-thanh-phuc-loc",
    legalName: "Công ty TNHH Thực phẩm Xứ Thanh Phúc Lộc",
    type: "enterprise",
    taxCode: "2080899400",
    province: "Thanh Hóa",
    formerDistrict: "thành phố Thanh Hóa",
    address: "Số 86 đường Bà Triệu, phường Hạc Thành, tỉnh Thanh Hóa",
    story:
      "Thành lập năm 2007, công ty sản xuất nem chua, bánh gai và mắm tôm theo công thức xứ Thanh. Công ty liên kết với 55 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2007, the company makes fermented pork rolls, ramie-leaf cakes and shrimp paste to Thanh Hoa recipes. It works with 55 partner households in its sourcing area.",
  },
  {
    key: "htx-coi-nga-son",
    legalName: "Hợp tác xã Cói Nga Sơn",
    type: "cooperative",
    taxCode: "3054386813",
    province: "Thanh Hóa",
    formerDistrict: "huyện Nga Sơn",
    address: "Xóm 4, xã Nga Sơn, tỉnh Thanh Hóa",
    story:
      "Thành lập năm 2010, hợp tác xã dệt chiếu và đan túi, thảm từ cói trồng trên bãi bồi Nga Sơn. Hợp tác xã hiện có 70 thành viên.",
    storyEn:
      "Founded in 2010, the cooperative weaves mats, bags and rugs from sedge grown on the Nga Son tidal flats. The cooperative has 70 members.",
  },
  {
    key: "hkd-ha-van-thinh",
    legalName: "Hộ kinh doanh Hà Văn Thịnh",
    type: "household_business",
    taxCode: "038064143053",
    province: "Thanh Hóa",
    formerDistrict: "huyện Bá Thước",
    address: "Bản Đôn, xã Pù Luông, tỉnh Thanh Hóa",
    story:
      "Thành lập năm 2018, cơ sở đón khách ở nhà sàn giữa ruộng bậc thang Pù Luông và dẫn đường đi bộ qua các bản. Cơ sở gia đình với 8 lao động.",
    storyEn:
      "Founded in 2018, the family business hosts guests in a stilt house amid the Pu Luong rice terraces and guides treks between villages. A family business employing 8 people.",
  },
  {
    key: "htx-hai-san-van-phan-dong-hai",
    legalName: "Hợp tác xã Chế biến hải sản Vạn Phần Đông Hải",
    type: "cooperative",
    taxCode: "2347407317",
    province: "Nghệ An",
    formerDistrict: "huyện Diễn Châu",
    address: "Xóm 3, xã Diễn Châu, tỉnh Nghệ An",
    story:
      "Thành lập năm 2009, hợp tác xã ủ nước mắm cá cơm trong thùng gỗ theo nghề truyền thống làng Vạn Phần. Hợp tác xã hiện có 52 thành viên.",
    storyEn:
      "Founded in 2009, the cooperative ages anchovy fish sauce in wooden vats following the Van Phan village tradition. The cooperative has 52 members.",
  },
  {
    key: "cty-duoc-lieu-xu-nghe",
    legalName: "Công ty TNHH Dược liệu Xứ Nghệ",
    type: "enterprise",
    taxCode: "1665840610",
    province: "Nghệ An",
    formerDistrict: "thành phố Vinh",
    address: "Khối 9, phường Trường Vinh, tỉnh Nghệ An",
    story:
      "Thành lập năm 2013, công ty chiết xuất tinh bột nghệ và trà thảo mộc từ vùng nguyên liệu trồng theo GACP. Công ty liên kết với 210 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2013, the company extracts turmeric starch and herbal teas from GACP-grown raw materials. It works with 210 partner households in its sourcing area.",
  },
  {
    key: "htx-cam-xa-doai",
    legalName: "Hợp tác xã Cam Xã Đoài",
    type: "cooperative",
    taxCode: "1004298124",
    province: "Nghệ An",
    formerDistrict: "huyện Nghi Lộc",
    address: "Xóm 2, xã Nghi Lộc, tỉnh Nghệ An",
    story:
      "Thành lập năm 2016, hợp tác xã trồng giống cam Xã Đoài cổ truyền và ép nước cam tươi. Hợp tác xã hiện có 41 thành viên.",
    storyEn:
      "Founded in 2016, the cooperative grows the heirloom Xa Doai orange and presses fresh orange juice. The cooperative has 41 members.",
  },
  {
    key: "hkd-phan-thi-nga",
    legalName: "Hộ kinh doanh Phan Thị Nga",
    type: "household_business",
    taxCode: "042164937158",
    province: "Hà Tĩnh",
    formerDistrict: "thành phố Hà Tĩnh",
    address: "Số 7 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh",
    story:
      "Thành lập năm 2011, cơ sở nấu kẹo cu đơ, kẹo lạc và nướng bánh đa vừng theo công thức gia truyền. Cơ sở gia đình với 9 lao động.",
    storyEn:
      "Founded in 2011, the family business makes cu do candy, peanut brittle and sesame rice crackers to a family recipe. A family business employing 9 people.",
  },
  {
    key: "htx-buoi-phuc-trach",
    legalName: "Hợp tác xã Bưởi Phúc Trạch Hương Khê",
    type: "cooperative",
    taxCode: "3375009172",
    province: "Hà Tĩnh",
    formerDistrict: "huyện Hương Khê",
    address: "Thôn 6, xã Phúc Trạch, tỉnh Hà Tĩnh",
    story:
      "Thành lập năm 2012, hợp tác xã trồng bưởi Phúc Trạch và chưng cất tinh dầu từ vỏ bưởi. Hợp tác xã hiện có 85 thành viên.",
    storyEn:
      "Founded in 2012, the cooperative grows Phuc Trach pomelos and distils oil from the peel. The cooperative has 85 members.",
  },
  {
    key: "htx-nong-san-trung-khanh",
    legalName: "Hợp tác xã Nông sản Trùng Khánh",
    type: "cooperative",
    taxCode: "4512101223",
    province: "Cao Bằng",
    formerDistrict: "huyện Trùng Khánh",
    address: "Xóm Pác Thay, xã Trùng Khánh, tỉnh Cao Bằng",
    story:
      "Thành lập năm 2015, hợp tác xã thu hái hạt dẻ Trùng Khánh và làm lạp sườn, miến dong đặc sản Cao Bằng. Hợp tác xã hiện có 34 thành viên.",
    storyEn:
      "Founded in 2015, the cooperative harvests Trung Khanh chestnuts and makes Cao Bang sausages and glass noodles. The cooperative has 34 members.",
  },
  {
    key: "htx-du-lich-khuoi-ky",
    legalName: "Hợp tác xã Du lịch cộng đồng Khuổi Ky",
    type: "cooperative",
    taxCode: "2859499494",
    province: "Cao Bằng",
    formerDistrict: "huyện Trùng Khánh",
    address: "Xóm Khuổi Ky, xã Đàm Thủy, tỉnh Cao Bằng",
    story:
      "Thành lập năm 2017, hợp tác xã đón khách ở những ngôi nhà sàn đá của người Tày gần thác Bản Giốc. Hợp tác xã hiện có 20 thành viên.",
    storyEn:
      "Founded in 2017, the cooperative welcomes guests to the Tay stone stilt houses near Ban Gioc waterfall. The cooperative has 20 members.",
  },
  {
    key: "htx-mat-ong-bac-ha-meo-vac",
    legalName: "Hợp tác xã Mật ong Bạc Hà Mèo Vạc",
    type: "cooperative",
    taxCode: "0649314584",
    province: "Tuyên Quang",
    historicalProvince: "Hà Giang",
    formerDistrict: "huyện Mèo Vạc",
    address: "Thôn Pả Vi Hạ, xã Pả Vi, huyện Mèo Vạc, tỉnh Hà Giang",
    story:
      "Thành lập năm 2014, hợp tác xã nuôi ong lấy mật hoa bạc hà trên cao nguyên đá Đồng Văn. Hợp tác xã hiện có 48 thành viên.",
    storyEn:
      "Founded in 2014, the cooperative keeps bees for mint-flower honey on the Dong Van karst plateau. The cooperative has 48 members.",
  },
  {
    key: "htx-che-shan-tuyet-hoang-su-phi",
    legalName: "Hợp tác xã Chè Shan tuyết Hoàng Su Phì",
    type: "cooperative",
    taxCode: "4819319815",
    province: "Tuyên Quang",
    historicalProvince: "Hà Giang",
    formerDistrict: "huyện Hoàng Su Phì",
    address: "Thôn Pố Hồ, xã Thông Nguyên, tỉnh Tuyên Quang, trước 01/7/2025 thuộc huyện Hoàng Su Phì, tỉnh Hà Giang",
    story:
      "Thành lập năm 2013, hợp tác xã chế biến chè Shan tuyết từ cây chè cổ thụ của đồng bào Dao, La Chí. Hợp tác xã hiện có 63 thành viên.",
    storyEn:
      "Founded in 2013, the cooperative processes Shan Tuyet tea from the ancient tea trees of the Dao and La Chi communities. The cooperative has 63 members.",
  },
  {
    key: "cty-nong-san-ham-yen",
    legalName: "Công ty Cổ phần Nông sản Hàm Yên",
    type: "enterprise",
    taxCode: "0884479307-001",
    province: "Tuyên Quang",
    formerDistrict: "huyện Hàm Yên",
    address: "Thôn 5, xã Hàm Yên, tỉnh Tuyên Quang",
    story:
      "Thành lập năm 2014, công ty thu mua cam sành Hàm Yên và chè Shan tuyết Na Hang để đóng gói, ép nước. Công ty liên kết với 150 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2014, the company buys Ham Yen king oranges and Na Hang Shan Tuyet tea for packing and juicing. It works with 150 partner households in its sourcing area.",
  },
  {
    key: "hkd-vang-mi-chu",
    legalName: "Hộ kinh doanh Vàng Mí Chứ",
    type: "household_business",
    taxCode: "008065953760",
    province: "Tuyên Quang",
    historicalProvince: "Hà Giang",
    formerDistrict: "huyện Đồng Văn",
    address: "Thôn Lũng Cẩm Trên, xã Sủng Là, tỉnh Tuyên Quang, trước 01/7/2025 thuộc huyện Đồng Văn, tỉnh Hà Giang",
    story:
      "Thành lập năm 2019, cơ sở đón khách ở nhà trình tường của người Mông và dệt vải lanh tại Lũng Cẩm. Cơ sở gia đình với 5 lao động.",
    storyEn:
      "Founded in 2019, the family business hosts guests in a Hmong rammed-earth house and weaves hemp cloth in Lung Cam. A family business employing 5 people.",
  },
  {
    key: "htx-nong-san-bac-ha",
    legalName: "Hợp tác xã Nông sản Bắc Hà",
    type: "cooperative",
    taxCode: "0782073474",
    province: "Lào Cai",
    formerDistrict: "huyện Bắc Hà",
    address: "Thôn Na Hối, xã Bắc Hà, tỉnh Lào Cai",
    story:
      "Thành lập năm 2013, hợp tác xã nấu rượu ngô men lá, sấy mận và khai thác mật ong rừng Bắc Hà. Hợp tác xã hiện có 44 thành viên.",
    storyEn:
      "Founded in 2013, the cooperative distils leaf-yeast corn liquor, dries plums and gathers wild honey in Bac Ha. The cooperative has 44 members.",
  },
  {
    key: "thtx-che-shan-tuyet-suoi-giang",
    legalName: "Tổ hợp tác Chè Shan tuyết Suối Giàng",
    type: "cooperative_group",
    taxCode: "4025410728",
    province: "Lào Cai",
    historicalProvince: "Yên Bái",
    formerDistrict: "huyện Văn Chấn",
    address: "Thôn Pang Cáng, xã Suối Giàng, huyện Văn Chấn, tỉnh Yên Bái",
    story:
      "Thành lập năm 2015, tổ hợp tác sao chè thủ công từ những cây Shan tuyết hàng trăm năm tuổi của người Mông ở Suối Giàng. Tổ hợp tác gồm 17 hộ thành viên.",
    storyEn:
      "Founded in 2015, the cooperative group hand-roasts tea from the centuries-old Shan Tuyet trees of the Hmong in Suoi Giang. The group brings together 17 member households.",
  },
  {
    key: "cty-que-hoi-van-yen",
    legalName: "Công ty TNHH Quế hồi Văn Yên",
    type: "enterprise",
    taxCode: "1426770539-001",
    province: "Lào Cai",
    historicalProvince: "Yên Bái",
    formerDistrict: "huyện Văn Yên",
    address: "Thôn Khe Trầm, xã Đông Cuông, tỉnh Lào Cai, trước 01/7/2025 thuộc huyện Văn Yên, tỉnh Yên Bái",
    story:
      "Thành lập năm 2010, công ty chế biến quế thanh, quế bột và tinh dầu quế từ vùng quế hữu cơ Văn Yên. Công ty liên kết với 420 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2010, the company processes cinnamon quills, ground cinnamon and cinnamon oil from Van Yen's organic cinnamon forests. It works with 420 partner households in its sourcing area.",
  },
  {
    key: "htx-duoc-lieu-sa-pa-xanh",
    legalName: "Hợp tác xã Dược liệu Sa Pa Xanh",
    type: "cooperative",
    taxCode: "2771377410",
    province: "Lào Cai",
    formerDistrict: "thị xã Sa Pa",
    address: "Thôn Tả Phìn, phường Sa Pa, tỉnh Lào Cai",
    story:
      "Thành lập năm 2016, hợp tác xã sao chế lá thuốc tắm của người Dao đỏ và trồng tam thất, thảo quả dưới tán rừng Hoàng Liên. Hợp tác xã hiện có 36 thành viên.",
    storyEn:
      "Founded in 2016, the cooperative prepares Red Dao herbal bath leaves and grows notoginseng and black cardamom under the Hoang Lien forest. The cooperative has 36 members.",
  },
  {
    key: "hkd-giang-thi-mai",
    legalName: "Hộ kinh doanh Giàng Thị Mai",
    type: "household_business",
    taxCode: "010191902356",
    province: "Lào Cai",
    formerDistrict: "thị xã Sa Pa",
    address: "Thôn Tả Van Giáy, xã Tả Van, tỉnh Lào Cai",
    story:
      "Thành lập năm 2017, cơ sở mở homestay giữa thung lũng Mường Hoa, dẫn khách đi bộ và dệt vải lanh nhuộm chàm. Cơ sở gia đình với 6 lao động.",
    storyEn:
      "Founded in 2017, the family business runs a homestay in the Muong Hoa valley, guides treks and weaves indigo-dyed hemp. A family business employing 6 people.",
  },
  {
    key: "thtx-gao-seng-cu-bat-xat",
    legalName: "Tổ hợp tác Gạo Séng Cù Bát Xát",
    type: "cooperative_group",
    taxCode: "3429937758",
    province: "Lào Cai",
    formerDistrict: "huyện Bát Xát",
    address: "Thôn Phìn Chải, xã Bát Xát, tỉnh Lào Cai",
    story:
      "Thành lập năm 2016, tổ hợp tác trồng lúa Séng Cù và nếp tan trên ruộng bậc thang Bát Xát. Tổ hợp tác gồm 26 hộ thành viên.",
    storyEn:
      "Founded in 2016, the cooperative group grows Seng Cu rice and Tan sticky rice on the Bat Xat terraces. The group brings together 26 member households.",
  },
  {
    key: "htx-che-tan-cuong-hoang-binh",
    legalName: "Hợp tác xã Chè Tân Cương Hoàng Bình",
    type: "cooperative",
    taxCode: "4066440337",
    province: "Thái Nguyên",
    formerDistrict: "thành phố Thái Nguyên",
    address: "Xóm Hồng Thái, xã Tân Cương, tỉnh Thái Nguyên",
    story:
      "Thành lập năm 2009, hợp tác xã sao chè búp Tân Cương bằng chảo gang theo kinh nghiệm ba thế hệ. Hợp tác xã hiện có 58 thành viên.",
    storyEn:
      "Founded in 2009, the cooperative pan-fires Tan Cuong tea buds in cast-iron woks, a craft handed down three generations. The cooperative has 58 members.",
  },
  {
    key: "hkd-nguyen-van-an",
    legalName: "Hộ kinh doanh Nguyễn Văn An",
    type: "household_business",
    taxCode: "019067821651",
    province: "Thái Nguyên",
    formerDistrict: "huyện Đại Từ",
    address: "Xóm Đồng Kiệm, xã La Bằng, tỉnh Thái Nguyên",
    story:
      "Thành lập năm 2015, cơ sở trồng và sao chè móc câu La Bằng dưới chân dãy Tam Đảo. Cơ sở gia đình với 5 lao động.",
    storyEn:
      "Founded in 2015, the family business grows and roasts La Bang hook-shaped tea at the foot of the Tam Dao range. A family business employing 5 people.",
  },
  {
    key: "htx-mien-dong-na-ri",
    legalName: "Hợp tác xã Miến dong Na Rì",
    type: "cooperative",
    taxCode: "0574076724",
    province: "Thái Nguyên",
    historicalProvince: "Bắc Kạn",
    formerDistrict: "huyện Na Rì",
    address: "Thôn Nà Diệc, xã Côn Minh, tỉnh Thái Nguyên, trước 01/7/2025 thuộc huyện Na Rì, tỉnh Bắc Kạn",
    story:
      "Thành lập năm 2012, hợp tác xã làm miến dong Na Rì và sấy hồng không hạt của vùng Bắc Kạn. Hợp tác xã hiện có 30 thành viên.",
    storyEn:
      "Founded in 2012, the cooperative makes Na Ri glass noodles and dries the seedless persimmons of the Bac Kan area. The cooperative has 30 members.",
  },
  {
    key: "htx-du-lich-pac-ngoi",
    legalName: "Hợp tác xã Du lịch cộng đồng Pác Ngòi",
    type: "cooperative",
    taxCode: "2192752540",
    province: "Thái Nguyên",
    historicalProvince: "Bắc Kạn",
    formerDistrict: "huyện Ba Bể",
    address: "Bản Pác Ngòi, xã Ba Bể, tỉnh Thái Nguyên, trước 01/7/2025 thuộc huyện Ba Bể, tỉnh Bắc Kạn",
    story:
      "Thành lập năm 2014, hợp tác xã đón khách trong nhà sàn Tày bên hồ Ba Bể và tổ chức chèo thuyền trên hồ. Hợp tác xã hiện có 29 thành viên.",
    storyEn:
      "Founded in 2014, the cooperative hosts guests in Tay stilt houses on Ba Be Lake and runs boat trips on the lake. The cooperative has 29 members.",
  },
  {
    key: "htx-buoi-doan-hung",
    legalName: "Hợp tác xã Bưởi Đoan Hùng Chí Đám",
    type: "cooperative",
    taxCode: "0498008913",
    province: "Phú Thọ",
    formerDistrict: "huyện Đoan Hùng",
    address: "Thôn 3, xã Chí Đám, tỉnh Phú Thọ",
    story:
      "Thành lập năm 2011, hợp tác xã trồng bưởi Sửu và bưởi Bằng Luân đặc sản Đoan Hùng. Hợp tác xã hiện có 47 thành viên.",
    storyEn:
      "Founded in 2011, the cooperative grows the Suu and Bang Luan pomelos Doan Hung is known for. The cooperative has 47 members.",
  },
  {
    key: "htx-du-lich-ban-lac-mai-chau",
    legalName: "Hợp tác xã Du lịch cộng đồng Bản Lác",
    type: "cooperative",
    taxCode: "3761866291",
    province: "Phú Thọ",
    historicalProvince: "Hòa Bình",
    formerDistrict: "huyện Mai Châu",
    address: "Bản Lác, thị trấn Mai Châu, huyện Mai Châu, tỉnh Hòa Bình",
    story:
      "Thành lập năm 2010, hợp tác xã đón khách trong nhà sàn Thái trắng ở thung lũng Mai Châu và dệt thổ cẩm tại bản. Hợp tác xã hiện có 54 thành viên.",
    storyEn:
      "Founded in 2010, the cooperative hosts guests in White Thai stilt houses in the Mai Chau valley and weaves brocade in the village. The cooperative has 54 members.",
  },
  {
    key: "hkd-bui-van-toan",
    legalName: "Hộ kinh doanh Bùi Văn Toàn",
    type: "household_business",
    taxCode: "025079910155",
    province: "Phú Thọ",
    historicalProvince: "Hòa Bình",
    formerDistrict: "huyện Cao Phong",
    address: "Xóm Bắc Sơn, xã Cao Phong, tỉnh Phú Thọ, trước 01/7/2025 thuộc huyện Cao Phong, tỉnh Hòa Bình",
    story:
      "Thành lập năm 2016, cơ sở trồng cam Cao Phong và đón khách tham quan, tự tay hái cam tại vườn. Cơ sở gia đình với 7 lao động.",
    storyEn:
      "Founded in 2016, the family business grows Cao Phong oranges and welcomes visitors to pick them in the orchard. A family business employing 7 people.",
  },
  {
    key: "cty-duoc-lieu-tam-dao-xanh",
    legalName: "Công ty TNHH Dược liệu Tam Đảo Xanh",
    type: "enterprise",
    taxCode: "0207809012",
    province: "Phú Thọ",
    historicalProvince: "Vĩnh Phúc",
    formerDistrict: "huyện Tam Đảo",
    address: "Tổ dân phố 1, xã Tam Đảo, tỉnh Phú Thọ, trước 01/7/2025 thuộc huyện Tam Đảo, tỉnh Vĩnh Phúc",
    story:
      "Thành lập năm 2017, công ty sản xuất trà hoa cúc, nấm linh chi và tinh dầu sả từ vùng núi Tam Đảo. Công ty liên kết với 90 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2017, the company produces chrysanthemum tea, reishi mushrooms and lemongrass oil in the Tam Dao mountains. It works with 90 partner households in its sourcing area.",
  },
  {
    key: "cty-nong-san-luc-ngan-phat-tai",
    legalName: "Công ty TNHH Nông sản Lục Ngạn Phát Tài",
    type: "enterprise",
    taxCode: "4730808534",
    province: "Bắc Ninh",
    historicalProvince: "Bắc Giang",
    formerDistrict: "huyện Lục Ngạn",
    address: "Thôn Kim Sơn, xã Phượng Sơn, huyện Lục Ngạn, tỉnh Bắc Giang",
    story:
      "Thành lập năm 2008, công ty sấy vải thiều, ép nước vải và thu mật ong hoa vải từ vùng vải Lục Ngạn. Công ty liên kết với 380 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2008, the company dries lychees, presses lychee juice and collects lychee-blossom honey in the Luc Ngan orchards. It works with 380 partner households in its sourcing area.",
  },
  {
    key: "htx-ruou-lang-van",
    legalName: "Hợp tác xã Rượu làng Vân Hà",
    type: "cooperative",
    taxCode: "3302285075",
    province: "Bắc Ninh",
    historicalProvince: "Bắc Giang",
    formerDistrict: "thị xã Việt Yên",
    address: "Thôn Yên Viên, xã Vân Hà, tỉnh Bắc Ninh, trước 01/7/2025 thuộc thị xã Việt Yên, tỉnh Bắc Giang",
    story:
      "Thành lập năm 2013, hợp tác xã nấu rượu nếp cái hoa vàng bằng men thuốc bắc theo bí quyết làng Vân. Hợp tác xã hiện có 33 thành viên.",
    storyEn:
      "Founded in 2013, the cooperative distils yellow-flower sticky-rice liquor with herbal yeast, a Van village secret. The cooperative has 33 members.",
  },
  {
    key: "cty-go-dong-ky-phuc-an",
    legalName: "Công ty TNHH Đồ gỗ mỹ nghệ Đồng Kỵ Phúc An",
    type: "enterprise",
    taxCode: "3591373828",
    province: "Bắc Ninh",
    formerDistrict: "thành phố Từ Sơn",
    address: "Khu phố Đồng Kỵ, phường Đồng Nguyên, tỉnh Bắc Ninh",
    story:
      "Thành lập năm 2005, công ty chạm khắc tượng, hộp và khay trà từ gỗ hương, gỗ mít của làng nghề Đồng Kỵ. Công ty liên kết với 65 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2005, the company carves statues, boxes and tea trays from rosewood and jackfruit wood in the Dong Ky craft village. It works with 65 partner households in its sourcing area.",
  },
  {
    key: "thtx-gom-phu-lang",
    legalName: "Tổ hợp tác Gốm Phù Lãng",
    type: "cooperative_group",
    taxCode: "4387504374",
    province: "Bắc Ninh",
    formerDistrict: "huyện Quế Võ",
    address: "Thôn Phù Lãng, xã Phù Lãng, tỉnh Bắc Ninh",
    story:
      "Thành lập năm 2016, tổ hợp tác nặn gốm men da lươn bằng tay và nung lò củi theo lối cổ của làng Phù Lãng. Tổ hợp tác gồm 14 hộ thành viên.",
    storyEn:
      "Founded in 2016, the cooperative group hand-builds eel-skin glaze pottery fired in wood kilns, the old Phu Lang way. The group brings together 14 member households.",
  },
  {
    key: "hkd-nguyen-huu-tam",
    legalName: "Hộ kinh doanh Nguyễn Hữu Tám",
    type: "household_business",
    taxCode: "027067355400",
    province: "Bắc Ninh",
    formerDistrict: "thị xã Thuận Thành",
    address: "Thôn Đông Hồ, xã Song Hồ, tỉnh Bắc Ninh",
    story:
      "Thành lập năm 2010, cơ sở in tranh dân gian Đông Hồ bằng ván khắc gỗ và màu tự nhiên trên giấy điệp. Cơ sở gia đình với 4 lao động.",
    storyEn:
      "Founded in 2010, the family business prints Dong Ho folk pictures from carved woodblocks with natural pigments on shell-coated paper. A family business employing 4 people.",
  },
  {
    key: "htx-long-nhan-pho-hien",
    legalName: "Hợp tác xã Long nhãn Phố Hiến",
    type: "cooperative",
    taxCode: "0670211694",
    province: "Hưng Yên",
    formerDistrict: "thành phố Hưng Yên",
    address: "Thôn Hồng Châu, phường Phố Hiến, tỉnh Hưng Yên",
    story:
      "Thành lập năm 2012, hợp tác xã sấy long nhãn và thu mật ong hoa nhãn từ vườn nhãn lồng cổ Hưng Yên. Hợp tác xã hiện có 56 thành viên.",
    storyEn:
      "Founded in 2012, the cooperative dries longan flesh and gathers longan-blossom honey from Hung Yen's old longan orchards. The cooperative has 56 members.",
  },
  {
    key: "hkd-vu-thi-thu",
    legalName: "Hộ kinh doanh Vũ Thị Thu",
    type: "household_business",
    taxCode: "033175238380",
    province: "Hưng Yên",
    formerDistrict: "thị xã Mỹ Hào",
    address: "Phố Bần, phường Mỹ Hào, tỉnh Hưng Yên",
    story:
      "Thành lập năm 2009, cơ sở làm tương Bần từ gạo nếp, đậu tương và muối, phơi nắng trong chum sành. Cơ sở gia đình với 6 lao động.",
    storyEn:
      "Founded in 2009, the family business makes Ban soybean sauce from sticky rice, soybeans and salt, sun-fermented in clay jars. A family business employing 6 people.",
  },
  {
    key: "cty-dac-san-que-lua",
    legalName: "Công ty TNHH Đặc sản Quê Lúa",
    type: "enterprise",
    taxCode: "1929504170",
    province: "Hưng Yên",
    historicalProvince: "Thái Bình",
    formerDistrict: "huyện Đông Hưng",
    address: "Thôn Nguyễn, xã Đông Hưng, tỉnh Hưng Yên, trước 01/7/2025 thuộc huyện Đông Hưng, tỉnh Thái Bình",
    story:
      "Thành lập năm 2011, công ty làm bánh cáy làng Nguyễn và xay xát gạo tám thơm của đồng bằng Thái Bình. Công ty liên kết với 40 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2011, the company makes Nguyen village cay cakes and mills fragrant Tam rice from the Thai Binh plain. It works with 40 partner households in its sourcing area.",
  },
  {
    key: "cty-nuoc-mam-cat-hai-bien-dong",
    legalName: "Công ty Cổ phần Nước mắm Cát Hải Biển Đông",
    type: "enterprise",
    taxCode: "3646964050",
    province: "Hải Phòng",
    formerDistrict: "huyện Cát Hải",
    address: "Tổ dân phố 3, đặc khu Cát Hải, thành phố Hải Phòng",
    story:
      "Thành lập năm 2004, công ty ủ chượp nước mắm cá cơm trong bể chượp truyền thống trên đảo Cát Hải. Công ty liên kết với 75 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2004, the company ferments anchovy fish sauce in traditional brine vats on Cat Hai island. It works with 75 partner households in its sourcing area.",
  },
  {
    key: "hkd-hoang-van-nam",
    legalName: "Hộ kinh doanh Hoàng Văn Nam",
    type: "household_business",
    taxCode: "031084170561",
    province: "Hải Phòng",
    formerDistrict: "huyện Cát Hải",
    address: "Thôn Việt Hải, đặc khu Cát Hải, thành phố Hải Phòng",
    story:
      "Thành lập năm 2016, cơ sở đón khách ở làng chài cổ Việt Hải giữa vườn quốc gia Cát Bà. Cơ sở gia đình với 5 lao động.",
    storyEn:
      "Founded in 2016, the family business hosts guests in the old fishing village of Viet Hai inside Cat Ba National Park. A family business employing 5 people.",
  },
  {
    key: "cty-banh-dau-xanh-hong-phuc-an",
    legalName: "Công ty TNHH Bánh đậu xanh Hồng Phúc An",
    type: "enterprise",
    taxCode: "1913881462",
    province: "Hải Phòng",
    historicalProvince: "Hải Dương",
    formerDistrict: "thành phố Hải Dương",
    address:
      "Số 45 phố Nguyễn Du, phường Hải Dương, thành phố Hải Phòng, trước 01/7/2025 thuộc thành phố Hải Dương, tỉnh Hải Dương",
    story:
      "Thành lập năm 2003, công ty làm bánh đậu xanh Hải Dương và bánh gai Ninh Giang theo công thức gia truyền. Công ty liên kết với 60 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2003, the company bakes Hai Duong mung-bean cakes and Ninh Giang ramie-leaf cakes to family recipes. It works with 60 partner households in its sourcing area.",
  },
  {
    key: "thtx-gom-chu-dau-thai-tan",
    legalName: "Tổ hợp tác Gốm Chu Đậu Thái Tân",
    type: "cooperative_group",
    taxCode: "1915483107",
    province: "Hải Phòng",
    historicalProvince: "Hải Dương",
    formerDistrict: "huyện Nam Sách",
    address: "Thôn Chu Đậu, xã Nam An Phụ, thành phố Hải Phòng, trước 01/7/2025 thuộc huyện Nam Sách, tỉnh Hải Dương",
    story:
      "Thành lập năm 2015, tổ hợp tác phục dựng gốm men lam Chu Đậu thế kỷ XV với hoa văn vẽ tay. Tổ hợp tác gồm 16 hộ thành viên.",
    storyEn:
      "Founded in 2015, the cooperative group revives 15th-century Chu Dau blue-and-white ware with hand-painted motifs. The group brings together 16 member households.",
  },
  {
    key: "htx-vai-thieu-thanh-ha",
    legalName: "Hợp tác xã Vải thiều Thanh Hà",
    type: "cooperative",
    taxCode: "0876629301",
    province: "Hải Phòng",
    historicalProvince: "Hải Dương",
    formerDistrict: "huyện Thanh Hà",
    address: "Thôn Thúy Lâm, xã Thanh Hà, thành phố Hải Phòng, trước 01/7/2025 thuộc huyện Thanh Hà, tỉnh Hải Dương",
    story:
      "Thành lập năm 2010, hợp tác xã trồng vải thiều Thanh Hà và lúa nếp cái hoa vàng Kinh Môn. Hợp tác xã hiện có 72 thành viên.",
    storyEn:
      "Founded in 2010, the cooperative grows Thanh Ha lychees and Kinh Mon yellow-flower sticky rice. The cooperative has 72 members.",
  },
  {
    key: "htx-coi-kim-son",
    legalName: "Hợp tác xã Cói Kim Sơn Bình Minh",
    type: "cooperative",
    taxCode: "1240387433",
    province: "Ninh Bình",
    formerDistrict: "huyện Kim Sơn",
    address: "Xóm 6, xã Kim Sơn, tỉnh Ninh Bình",
    story:
      "Thành lập năm 2008, hợp tác xã đan túi, hộp và thảm cói xuất khẩu từ cói trồng ven biển Kim Sơn. Hợp tác xã hiện có 90 thành viên.",
    storyEn:
      "Founded in 2008, the cooperative weaves export-grade sedge bags, boxes and rugs from sedge grown on the Kim Son coast. The cooperative has 90 members.",
  },
  {
    key: "hkd-dinh-van-khoa",
    legalName: "Hộ kinh doanh Đinh Văn Khoa",
    type: "household_business",
    taxCode: "037088413865",
    province: "Ninh Bình",
    formerDistrict: "huyện Hoa Lư",
    address: "Thôn Văn Lâm, phường Tây Hoa Lư, tỉnh Ninh Bình",
    story:
      "Thành lập năm 2017, cơ sở làm cơm cháy chà bông và đón khách ở nhà vườn gần bến thuyền Tam Cốc. Cơ sở gia đình với 8 lao động.",
    storyEn:
      "Founded in 2017, the family business makes crispy rice with pork floss and hosts guests in a garden house near the Tam Coc boat landing. A family business employing 8 people.",
  },
  {
    key: "htx-det-lua-nha-xa",
    legalName: "Hợp tác xã Dệt lụa Nha Xá",
    type: "cooperative",
    taxCode: "3640191693",
    province: "Ninh Bình",
    historicalProvince: "Hà Nam",
    formerDistrict: "thị xã Duy Tiên",
    address: "Thôn Nha Xá, phường Duy Tiên, tỉnh Ninh Bình, trước 01/7/2025 thuộc thị xã Duy Tiên, tỉnh Hà Nam",
    story:
      "Thành lập năm 2007, hợp tác xã dệt lụa tơ tằm ven sông Hồng theo nghề truyền thống 700 năm của làng Nha Xá. Hợp tác xã hiện có 39 thành viên.",
    storyEn:
      "Founded in 2007, the cooperative weaves mulberry silk on the Red River banks, a 700-year tradition of Nha Xa village. The cooperative has 39 members.",
  },
  {
    key: "cty-thuc-pham-thanh-an",
    legalName: "Công ty TNHH Thực phẩm Thành An",
    type: "enterprise",
    taxCode: "4762313929",
    province: "Ninh Bình",
    historicalProvince: "Nam Định",
    formerDistrict: "thành phố Nam Định",
    address:
      "Số 18 đường Hàn Thuyên, phường Nam Định, tỉnh Ninh Bình, trước 01/7/2025 thuộc thành phố Nam Định, tỉnh Nam Định",
    story:
      "Thành lập năm 2006, công ty làm kẹo Sìu Châu, bánh nhãn Hải Hậu và xay xát gạo tám Hải Hậu. Công ty liên kết với 45 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2006, the company makes Siu Chau candy and Hai Hau longan biscuits and mills Hai Hau fragrant rice. It works with 45 partner households in its sourcing area.",
  },
  {
    key: "htx-du-lich-van-long",
    legalName: "Hợp tác xã Du lịch sinh thái Vân Long",
    type: "cooperative",
    taxCode: "2318317676",
    province: "Ninh Bình",
    formerDistrict: "huyện Gia Viễn",
    address: "Thôn Tập Ninh, xã Gia Vân, tỉnh Ninh Bình",
    story:
      "Thành lập năm 2014, hợp tác xã chèo thuyền đưa khách ngắm voọc và chim nước trong khu bảo tồn đất ngập nước Vân Long. Hợp tác xã hiện có 110 thành viên.",
    storyEn:
      "Founded in 2014, the cooperative rows visitors through the Van Long wetland reserve to see langurs and water birds. The cooperative has 110 members.",
  },
  {
    key: "cty-ca-phe-khe-sanh",
    legalName: "Công ty TNHH Cà phê Khe Sanh Hướng Hóa",
    type: "enterprise",
    taxCode: "0951431871",
    province: "Quảng Trị",
    formerDistrict: "huyện Hướng Hóa",
    address: "Khóm 3B, xã Khe Sanh, tỉnh Quảng Trị",
    story:
      "Thành lập năm 2009, công ty rang xay cà phê Arabica, Robusta trồng trên đất đỏ bazan Hướng Hóa. Công ty liên kết với 260 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2009, the company roasts Arabica and Robusta coffee grown on the red basalt soils of Huong Hoa. It works with 260 partner households in its sourcing area.",
  },
  {
    key: "htx-hai-san-bao-ninh",
    legalName: "Hợp tác xã Hải sản Bảo Ninh",
    type: "cooperative",
    taxCode: "4616280168",
    province: "Quảng Trị",
    historicalProvince: "Quảng Bình",
    formerDistrict: "thành phố Đồng Hới",
    address: "Thôn Hà Thôn, phường Đồng Hới, tỉnh Quảng Trị, trước 01/7/2025 thuộc thành phố Đồng Hới, tỉnh Quảng Bình",
    story:
      "Thành lập năm 2011, hợp tác xã làm nước mắm, mực một nắng và khoai deo ở làng biển Bảo Ninh. Hợp tác xã hiện có 43 thành viên.",
    storyEn:
      "Founded in 2011, the cooperative makes fish sauce, sun-kissed squid and chewy dried sweet potato in the seaside village of Bao Ninh. The cooperative has 43 members.",
  },
  {
    key: "hkd-truong-van-phong",
    legalName: "Hộ kinh doanh Trương Văn Phong",
    type: "household_business",
    taxCode: "045077675888",
    province: "Quảng Trị",
    historicalProvince: "Quảng Bình",
    formerDistrict: "huyện Bố Trạch",
    address: "Thôn Xuân Sơn, xã Phong Nha, tỉnh Quảng Trị, trước 01/7/2025 thuộc huyện Bố Trạch, tỉnh Quảng Bình",
    story:
      "Thành lập năm 2016, cơ sở đón khách ở nhà vườn ven sông Son và cho thuê xe đạp khám phá làng quê Phong Nha. Cơ sở gia đình với 6 lao động.",
    storyEn:
      "Founded in 2016, the family business hosts guests in a garden house on the Son River and rents bikes for exploring the Phong Nha countryside. A family business employing 6 people.",
  },
  {
    key: "htx-ho-tieu-vinh-linh",
    legalName: "Hợp tác xã Hồ tiêu Vĩnh Linh",
    type: "cooperative",
    taxCode: "4235161838",
    province: "Quảng Trị",
    formerDistrict: "huyện Vĩnh Linh",
    address: "Thôn Tân Mỹ, xã Vĩnh Linh, tỉnh Quảng Trị",
    story:
      "Thành lập năm 2014, hợp tác xã trồng hồ tiêu Vĩnh Linh hạt chắc, cay nồng trên đất đỏ bazan. Hợp tác xã hiện có 37 thành viên.",
    storyEn:
      "Founded in 2014, the cooperative grows firm, pungent Vinh Linh pepper on red basalt soil. The cooperative has 37 members.",
  },
  {
    key: "cty-nuoc-mam-nam-o-hai-van",
    legalName: "Công ty TNHH Nước mắm Nam Ô Hải Vân",
    type: "enterprise",
    taxCode: "0239649386",
    province: "Đà Nẵng",
    formerDistrict: "quận Liên Chiểu",
    address: "Tổ 5, phường Hải Vân, thành phố Đà Nẵng",
    story:
      "Thành lập năm 2012, công ty khôi phục nghề làm nước mắm và mắm nêm của làng chài Nam Ô. Công ty liên kết với 30 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2012, the company revives the fish-sauce and dipping-sauce craft of the Nam O fishing village. It works with 30 partner households in its sourcing area.",
  },
  {
    key: "htx-sam-ngoc-linh-nam-tra-my",
    legalName: "Hợp tác xã Sâm Ngọc Linh Nam Trà My",
    type: "cooperative",
    taxCode: "4649663906",
    province: "Đà Nẵng",
    historicalProvince: "Quảng Nam",
    formerDistrict: "huyện Nam Trà My",
    address: "Thôn 2, xã Trà Linh, huyện Nam Trà My, tỉnh Quảng Nam",
    story:
      "Thành lập năm 2016, hợp tác xã trồng sâm Ngọc Linh dưới tán rừng già trên độ cao 1.800 m và quế Trà My. Hợp tác xã hiện có 78 thành viên.",
    storyEn:
      "Founded in 2016, the cooperative grows Ngoc Linh ginseng under old forest above 1,800 m, and Tra My cinnamon. The cooperative has 78 members.",
  },
  {
    key: "htx-du-lich-tra-que",
    legalName: "Hợp tác xã Du lịch làng rau Trà Quế",
    type: "cooperative",
    taxCode: "3725452979",
    province: "Đà Nẵng",
    historicalProvince: "Quảng Nam",
    formerDistrict: "thành phố Hội An",
    address:
      "Thôn Trà Quế, phường Hội An Tây, thành phố Đà Nẵng, trước 01/7/2025 thuộc thành phố Hội An, tỉnh Quảng Nam",
    story:
      "Thành lập năm 2013, hợp tác xã cho du khách trải nghiệm trồng rau hữu cơ ở làng rau Trà Quế. Hợp tác xã hiện có 66 thành viên.",
    storyEn:
      "Founded in 2013, the cooperative lets visitors try organic vegetable farming in the Tra Que vegetable village. The cooperative has 66 members.",
  },
  {
    key: "thtx-moc-kim-bong",
    legalName: "Tổ hợp tác Mộc Kim Bồng",
    type: "cooperative_group",
    taxCode: "3748889740",
    province: "Đà Nẵng",
    historicalProvince: "Quảng Nam",
    formerDistrict: "thành phố Hội An",
    address: "Thôn Kim Bồng, phường Hội An, thành phố Đà Nẵng, trước 01/7/2025 thuộc thành phố Hội An, tỉnh Quảng Nam",
    story:
      "Thành lập năm 2014, tổ hợp tác chạm khắc gỗ theo kỹ thuật của làng mộc Kim Bồng, nơi dựng nên phố cổ Hội An. Tổ hợp tác gồm 12 hộ thành viên.",
    storyEn:
      "Founded in 2014, the cooperative group carves wood with the techniques of the Kim Bong carpenters who built Hoi An's old town. The group brings together 12 member households.",
  },
  {
    key: "hkd-tran-thi-thuy",
    legalName: "Hộ kinh doanh Trần Thị Thủy",
    type: "household_business",
    taxCode: "048184132623",
    province: "Đà Nẵng",
    historicalProvince: "Quảng Nam",
    formerDistrict: "huyện Duy Xuyên",
    address: "Thôn Mã Châu, xã Duy Xuyên, thành phố Đà Nẵng, trước 01/7/2025 thuộc huyện Duy Xuyên, tỉnh Quảng Nam",
    story:
      "Thành lập năm 2015, cơ sở dệt lụa tơ tằm trên khung dệt tay của làng lụa Mã Châu. Cơ sở gia đình với 5 lao động.",
    storyEn:
      "Founded in 2015, the family business weaves mulberry silk on hand looms in the Ma Chau silk village. A family business employing 5 people.",
  },
  {
    key: "htx-toi-ly-son",
    legalName: "Hợp tác xã Tỏi Lý Sơn Đảo Xanh",
    type: "cooperative",
    taxCode: "4578020825",
    province: "Quảng Ngãi",
    formerDistrict: "huyện Lý Sơn",
    address: "Thôn Đông, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
    story:
      "Thành lập năm 2012, hợp tác xã trồng tỏi trên cát san hô của đảo Lý Sơn và lên men tỏi đen. Hợp tác xã hiện có 64 thành viên.",
    storyEn:
      "Founded in 2012, the cooperative grows garlic in the coral sand of Ly Son island and ferments black garlic. The cooperative has 64 members.",
  },
  {
    key: "cty-duoc-lieu-tu-mo-rong",
    legalName: "Công ty Cổ phần Dược liệu Tu Mơ Rông",
    type: "enterprise",
    taxCode: "0750555404",
    province: "Quảng Ngãi",
    historicalProvince: "Kon Tum",
    formerDistrict: "huyện Tu Mơ Rông",
    address: "Thôn Đăk Chum, xã Tu Mơ Rông, tỉnh Quảng Ngãi, trước 01/7/2025 thuộc huyện Tu Mơ Rông, tỉnh Kon Tum",
    story:
      "Thành lập năm 2018, công ty trồng và chế biến sâm dây, đông trùng hạ thảo và nấm linh chi vùng núi Ngọc Linh. Công ty liên kết với 140 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2018, the company grows and processes codonopsis, cordyceps and reishi in the Ngoc Linh mountains. It works with 140 partner households in its sourcing area.",
  },
  {
    key: "htx-que-tra-bong",
    legalName: "Hợp tác xã Quế Trà Bồng",
    type: "cooperative",
    taxCode: "0269986163",
    province: "Quảng Ngãi",
    formerDistrict: "huyện Trà Bồng",
    address: "Thôn Trà Ong, xã Trà Bồng, tỉnh Quảng Ngãi",
    story:
      "Thành lập năm 2013, hợp tác xã khai thác quế Trà Bồng cùng đồng bào Cor và chưng cất tinh dầu quế. Hợp tác xã hiện có 81 thành viên.",
    storyEn:
      "Founded in 2013, the cooperative harvests Tra Bong cinnamon with the Cor community and distils cinnamon oil. The cooperative has 81 members.",
  },
  {
    key: "htx-du-lich-kon-k-tu",
    legalName: "Hợp tác xã Du lịch cộng đồng Kon K'Tu",
    type: "cooperative",
    taxCode: "4994963162",
    province: "Quảng Ngãi",
    historicalProvince: "Kon Tum",
    formerDistrict: "thành phố Kon Tum",
    address: "Làng Kon K'Tu, xã Đăk Rơ Wa, tỉnh Quảng Ngãi, trước 01/7/2025 thuộc thành phố Kon Tum, tỉnh Kon Tum",
    story:
      "Thành lập năm 2015, hợp tác xã đón khách ở nhà dài của người Ba Na bên sông Đăk Bla. Hợp tác xã hiện có 23 thành viên.",
    storyEn:
      "Founded in 2015, the cooperative hosts guests in Ba Na longhouses on the Dak Bla river. The cooperative has 23 members.",
  },
  {
    key: "cty-ho-tieu-chu-se-phu-loc",
    legalName: "Công ty TNHH Hồ tiêu Chư Sê Phú Lộc",
    type: "enterprise",
    taxCode: "2576850175",
    province: "Gia Lai",
    formerDistrict: "huyện Chư Sê",
    address: "Thôn 2, xã Chư Sê, tỉnh Gia Lai",
    story:
      "Thành lập năm 2007, công ty thu mua, phân loại và chế biến hồ tiêu Chư Sê, cà phê Pleiku đạt chuẩn xuất khẩu. Công ty liên kết với 500 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2007, the company buys, grades and processes export-grade Chu Se pepper and Pleiku coffee. It works with 500 partner households in its sourcing area.",
  },
  {
    key: "htx-ruou-bau-da",
    legalName: "Hợp tác xã Rượu Bàu Đá An Nhơn",
    type: "cooperative",
    taxCode: "2003444818",
    province: "Gia Lai",
    historicalProvince: "Bình Định",
    formerDistrict: "thị xã An Nhơn",
    address: "Thôn Cù Lâm, phường An Nhơn, tỉnh Gia Lai, trước 01/7/2025 thuộc thị xã An Nhơn, tỉnh Bình Định",
    story:
      "Thành lập năm 2012, hợp tác xã nấu rượu gạo Bàu Đá bằng nước giếng đá ong và men thuốc bắc. Hợp tác xã hiện có 42 thành viên.",
    storyEn:
      "Founded in 2012, the cooperative distils Bau Da rice liquor with laterite well water and herbal yeast. The cooperative has 42 members.",
  },
  {
    key: "hkd-nguyen-thi-nhung",
    legalName: "Hộ kinh doanh Nguyễn Thị Nhung",
    type: "household_business",
    taxCode: "064165094187",
    province: "Gia Lai",
    historicalProvince: "Bình Định",
    formerDistrict: "huyện Phù Cát",
    address: "Thôn Phú Gia, xã Cát Tường, tỉnh Gia Lai, trước 01/7/2025 thuộc huyện Phù Cát, tỉnh Bình Định",
    story:
      "Thành lập năm 2013, cơ sở chằm nón ngựa Phú Gia, loại nón lễ hội cầu kỳ của đất võ Bình Định. Cơ sở gia đình với 4 lao động.",
    storyEn:
      "Founded in 2013, the family business makes Phu Gia horse hats, the ornate festival hats of Binh Dinh. A family business employing 4 people.",
  },
  {
    key: "hkd-vo-thi-hanh",
    legalName: "Hộ kinh doanh Võ Thị Hạnh",
    type: "household_business",
    taxCode: "064186124885",
    province: "Gia Lai",
    historicalProvince: "Bình Định",
    formerDistrict: "thị xã Hoài Nhơn",
    address: "Khu phố 4, phường Tam Quan, tỉnh Gia Lai, trước 01/7/2025 thuộc thị xã Hoài Nhơn, tỉnh Bình Định",
    story:
      "Thành lập năm 2012, cơ sở tráng bánh tráng nước dừa Tam Quan và gói nem chua Chợ Huyện. Cơ sở gia đình với 6 lao động.",
    storyEn:
      "Founded in 2012, the family business makes Tam Quan coconut rice paper and Cho Huyen fermented pork rolls. A family business employing 6 people.",
  },
  {
    key: "thtx-det-tho-cam-ia-grai",
    legalName: "Tổ hợp tác Dệt thổ cẩm Ia Grai",
    type: "cooperative_group",
    taxCode: "2592454796",
    province: "Gia Lai",
    formerDistrict: "huyện Ia Grai",
    address: "Làng Nang, xã Ia Grai, tỉnh Gia Lai",
    story:
      "Thành lập năm 2017, tổ hợp tác dệt thổ cẩm của người Jrai trên khung dệt đeo lưng và ủ rượu cần trong ché. Tổ hợp tác gồm 20 hộ thành viên.",
    storyEn:
      "Founded in 2017, the cooperative group weaves Jrai brocade on backstrap looms and brews jar wine. The group brings together 20 member households.",
  },
  {
    key: "cty-yen-sao-cam-ranh-thien-phu",
    legalName: "Công ty TNHH Yến sào Cam Ranh Thiên Phú",
    type: "enterprise",
    taxCode: "2578849545",
    province: "Khánh Hòa",
    formerDistrict: "thành phố Cam Ranh",
    address: "Tổ dân phố Nghĩa Phú, phường Cam Ranh, tỉnh Khánh Hòa",
    story:
      "Thành lập năm 2010, công ty khai thác và tinh chế yến sào từ nhà yến ven biển Cam Ranh. Công ty liên kết với 35 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2010, the company harvests and cleans edible bird's nests from swiftlet houses on the Cam Ranh coast. It works with 35 partner households in its sourcing area.",
  },
  {
    key: "htx-gom-bau-truc",
    legalName: "Hợp tác xã Gốm Bàu Trúc",
    type: "cooperative",
    taxCode: "4009302210",
    province: "Khánh Hòa",
    historicalProvince: "Ninh Thuận",
    formerDistrict: "huyện Ninh Phước",
    address: "Thôn Bàu Trúc, thị trấn Phước Dân, huyện Ninh Phước, tỉnh Ninh Thuận",
    story:
      "Thành lập năm 2011, hợp tác xã nặn gốm bằng tay không dùng bàn xoay và nung lộ thiên theo nghề cổ của người Chăm. Hợp tác xã hiện có 58 thành viên.",
    storyEn:
      "Founded in 2011, the cooperative hand-builds pottery without a wheel and fires it in the open, the ancient craft of the Cham. The cooperative has 58 members.",
  },
  {
    key: "htx-nho-phan-rang",
    legalName: "Hợp tác xã Nho Phan Rang",
    type: "cooperative",
    taxCode: "4053035204",
    province: "Khánh Hòa",
    historicalProvince: "Ninh Thuận",
    formerDistrict: "huyện Ninh Phước",
    address: "Thôn Phước Thiện, xã Ninh Phước, tỉnh Khánh Hòa, trước 01/7/2025 thuộc huyện Ninh Phước, tỉnh Ninh Thuận",
    story:
      "Thành lập năm 2014, hợp tác xã trồng nho đỏ trong nắng gió Phan Rang để làm vang và nho sấy. Hợp tác xã hiện có 46 thành viên.",
    storyEn:
      "Founded in 2014, the cooperative grows red grapes in the sun and wind of Phan Rang for wine and raisins. The cooperative has 46 members.",
  },
  {
    key: "hkd-le-van-hai",
    legalName: "Hộ kinh doanh Lê Văn Hải",
    type: "household_business",
    taxCode: "056082399913",
    province: "Khánh Hòa",
    formerDistrict: "thành phố Nha Trang",
    address: "Tổ 7, phường Nha Trang, tỉnh Khánh Hòa",
    story:
      "Thành lập năm 2014, cơ sở làm chả cá và mực một nắng từ hải sản đánh bắt trong ngày ở vịnh Nha Trang. Cơ sở gia đình với 7 lao động.",
    storyEn:
      "Founded in 2014, the family business makes fish cakes and sun-kissed squid from the day's catch in Nha Trang Bay. A family business employing 7 people.",
  },
  {
    key: "cty-ca-phe-cau-dat-langbiang",
    legalName: "Công ty TNHH Cà phê Cầu Đất Langbiang",
    type: "enterprise",
    taxCode: "0952186527",
    province: "Lâm Đồng",
    formerDistrict: "thành phố Đà Lạt",
    address: "Thôn Cầu Đất, xã Xuân Trường, tỉnh Lâm Đồng",
    story:
      "Thành lập năm 2013, công ty trồng và rang cà phê Arabica Cầu Đất ở độ cao 1.500 m. Công ty liên kết với 180 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2013, the company grows and roasts Cau Dat Arabica at 1,500 m. It works with 180 partner households in its sourcing area.",
  },
  {
    key: "htx-atiso-da-lat",
    legalName: "Hợp tác xã Atiso Đà Lạt Xanh",
    type: "cooperative",
    taxCode: "2093492154",
    province: "Lâm Đồng",
    formerDistrict: "thành phố Đà Lạt",
    address: "Tổ dân phố Trại Mát, phường Xuân Hương, tỉnh Lâm Đồng",
    story:
      "Thành lập năm 2011, hợp tác xã chế biến trà atiso và sấy hồng, dâu tây từ nông sản Đà Lạt. Hợp tác xã hiện có 52 thành viên.",
    storyEn:
      "Founded in 2011, the cooperative turns Da Lat artichokes into tea and dries local persimmons and strawberries. The cooperative has 52 members.",
  },
  {
    key: "htx-hoa-langbiang",
    legalName: "Hợp tác xã Hoa Langbiang",
    type: "cooperative",
    taxCode: "4872646039",
    province: "Lâm Đồng",
    formerDistrict: "huyện Lạc Dương",
    address: "Thôn Đa Lộc, xã Lạc Dương, tỉnh Lâm Đồng",
    story:
      "Thành lập năm 2015, hợp tác xã trồng lan hồ điệp, cẩm tú cầu và hồng cổ trong nhà kính trên cao nguyên Lâm Viên. Hợp tác xã hiện có 40 thành viên.",
    storyEn:
      "Founded in 2015, the cooperative grows phalaenopsis orchids, hydrangeas and heirloom roses in greenhouses on the Lam Vien plateau. The cooperative has 40 members.",
  },
  {
    key: "cty-nuoc-mam-phan-thiet-hai-au",
    legalName: "Công ty TNHH Nước mắm Phan Thiết Hải Âu",
    type: "enterprise",
    taxCode: "2835653274",
    province: "Lâm Đồng",
    historicalProvince: "Bình Thuận",
    formerDistrict: "thành phố Phan Thiết",
    address: "Số 28 đường Trưng Trắc, phường Đức Thắng, thành phố Phan Thiết, tỉnh Bình Thuận",
    story:
      "Thành lập năm 2002, công ty làm nước mắm cá cơm Phan Thiết, mực một nắng và thanh long sấy của vùng biển Bình Thuận. Công ty liên kết với 85 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2002, the company makes Phan Thiet anchovy fish sauce, sun-kissed squid and dried dragon fruit on the Binh Thuan coast. It works with 85 partner households in its sourcing area.",
  },
  {
    key: "htx-nong-nghiep-tuy-duc",
    legalName: "Hợp tác xã Nông nghiệp Tuy Đức Xanh",
    type: "cooperative",
    taxCode: "3650630068",
    province: "Lâm Đồng",
    historicalProvince: "Đắk Nông",
    formerDistrict: "huyện Tuy Đức",
    address: "Bon Bu Prăng, xã Tuy Đức, tỉnh Lâm Đồng, trước 01/7/2025 thuộc huyện Tuy Đức, tỉnh Đắk Nông",
    story:
      "Thành lập năm 2017, hợp tác xã trồng xen mắc ca và hồ tiêu trên đất đỏ bazan Tuy Đức. Hợp tác xã hiện có 55 thành viên.",
    storyEn:
      "Founded in 2017, the cooperative intercrops macadamia and pepper on the red basalt of Tuy Duc. The cooperative has 55 members.",
  },
  {
    key: "hkd-lieng-jrang-k-thu",
    legalName: "Hộ kinh doanh Liêng Jrang K'Thu",
    type: "household_business",
    taxCode: "068192139371",
    province: "Lâm Đồng",
    formerDistrict: "huyện Lạc Dương",
    address: "Thôn Bon Đưng, xã Lạc Dương, tỉnh Lâm Đồng",
    story:
      "Thành lập năm 2018, cơ sở đón khách ở nhà gỗ dưới chân núi Langbiang và dệt thổ cẩm Cơ Ho ở làng Lát. Cơ sở gia đình với 5 lao động.",
    storyEn:
      "Founded in 2018, the family business hosts guests in a wooden house below Langbiang mountain and weaves K'Ho brocade in Lat village. A family business employing 5 people.",
  },
  {
    key: "cty-ca-phe-ban-me-dat-do",
    legalName: "Công ty Cổ phần Cà phê Ban Mê Đất Đỏ",
    type: "enterprise",
    taxCode: "2295701996-001",
    province: "Đắk Lắk",
    formerDistrict: "thành phố Buôn Ma Thuột",
    address: "Số 15 đường Y Jút, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
    story:
      "Thành lập năm 2006, công ty rang xay cà phê Robusta Buôn Ma Thuột từ các nông trại đạt chuẩn 4C. Công ty liên kết với 640 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2006, the company roasts Buon Ma Thuot Robusta from 4C-certified farms. It works with 640 partner households in its sourcing area.",
  },
  {
    key: "htx-ca-cao-krong-ana",
    legalName: "Hợp tác xã Ca cao Krông Ana",
    type: "cooperative",
    taxCode: "0445442002",
    province: "Đắk Lắk",
    formerDistrict: "huyện Krông Ana",
    address: "Buôn Trấp, xã Krông Ana, tỉnh Đắk Lắk",
    story:
      "Thành lập năm 2015, hợp tác xã lên men hạt ca cao ngay tại vườn và làm sô cô la thủ công. Hợp tác xã hiện có 38 thành viên.",
    storyEn:
      "Founded in 2015, the cooperative ferments cocoa beans on the farm and makes craft chocolate. The cooperative has 38 members.",
  },
  {
    key: "htx-ong-mat-cu-mgar",
    legalName: "Hợp tác xã Ong mật Cư M'gar",
    type: "cooperative",
    taxCode: "4764562945",
    province: "Đắk Lắk",
    formerDistrict: "huyện Cư M'gar",
    address: "Thôn 4, xã Cư M'gar, tỉnh Đắk Lắk",
    story:
      "Thành lập năm 2009, hợp tác xã nuôi ong lấy mật hoa cà phê, hoa keo trên cao nguyên Đắk Lắk. Hợp tác xã hiện có 95 thành viên.",
    storyEn:
      "Founded in 2009, the cooperative keeps bees for coffee and acacia-blossom honey on the Dak Lak plateau. The cooperative has 95 members.",
  },
  {
    key: "htx-du-lich-buon-ako-dhong",
    legalName: "Hợp tác xã Du lịch cộng đồng Buôn Ako Dhông",
    type: "cooperative",
    taxCode: "0781122295",
    province: "Đắk Lắk",
    formerDistrict: "thành phố Buôn Ma Thuột",
    address: "Buôn Ako Dhông, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
    story:
      "Thành lập năm 2016, hợp tác xã đón khách trong nhà dài Ê Đê, tổ chức diễn tấu cồng chiêng và dệt thổ cẩm. Hợp tác xã hiện có 31 thành viên.",
    storyEn:
      "Founded in 2016, the cooperative hosts guests in Ede longhouses with gong performances and brocade weaving. The cooperative has 31 members.",
  },
  {
    key: "hkd-nguyen-thi-bich",
    legalName: "Hộ kinh doanh Nguyễn Thị Bích",
    type: "household_business",
    taxCode: "066175763528",
    province: "Đắk Lắk",
    historicalProvince: "Phú Yên",
    formerDistrict: "huyện Tuy An",
    address: "Thôn Hòa Đa, xã Tuy An Bắc, tỉnh Đắk Lắk, trước 01/7/2025 thuộc huyện Tuy An, tỉnh Phú Yên",
    story:
      "Thành lập năm 2013, cơ sở tráng bánh tráng mè Hòa Đa và phơi cá ngừ từ các cảng cá Phú Yên. Cơ sở gia đình với 5 lao động.",
    storyEn:
      "Founded in 2013, the family business makes Hoa Da sesame rice paper and sun-dries tuna from the Phu Yen fishing ports. A family business employing 5 people.",
  },
  {
    key: "cty-son-mai-tuong-binh-hiep",
    legalName: "Công ty TNHH Sơn mài Tương Bình Hiệp Gia Phát",
    type: "enterprise",
    taxCode: "3991031956",
    province: "Hồ Chí Minh",
    historicalProvince: "Bình Dương",
    formerDistrict: "thành phố Thủ Dầu Một",
    address:
      "Khu phố 6, phường Chánh Hiệp, Thành phố Hồ Chí Minh, trước 01/7/2025 thuộc thành phố Thủ Dầu Một, tỉnh Bình Dương",
    story:
      "Thành lập năm 2001, công ty làm tranh, bình và hộp sơn mài khảm trai của làng nghề Tương Bình Hiệp. Công ty liên kết với 70 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2001, the company makes mother-of-pearl inlaid lacquer paintings, vases and boxes in the Tuong Binh Hiep craft village. It works with 70 partner households in its sourcing area.",
  },
  {
    key: "htx-ca-canh-binh-chanh",
    legalName: "Hợp tác xã Cá cảnh Bình Chánh",
    type: "cooperative",
    taxCode: "4969119526",
    province: "Hồ Chí Minh",
    formerDistrict: "huyện Bình Chánh",
    address: "Ấp 3, xã Bình Chánh, Thành phố Hồ Chí Minh",
    story:
      "Thành lập năm 2012, hợp tác xã nhân giống cá dĩa, cá bảy màu, cá betta, cá Koi và trồng lan cắt cành cho thị trường trong nước và xuất khẩu. Hợp tác xã hiện có 44 thành viên.",
    storyEn:
      "Founded in 2012, the cooperative breeds discus, guppies, bettas and koi and grows cut orchids for the domestic and export markets. The cooperative has 44 members.",
  },
  {
    key: "htx-du-lich-can-gio",
    legalName: "Hợp tác xã Du lịch sinh thái Cần Giờ",
    type: "cooperative",
    taxCode: "3587655058",
    province: "Hồ Chí Minh",
    formerDistrict: "huyện Cần Giờ",
    address: "Ấp Thạnh Hòa, xã Thạnh An, Thành phố Hồ Chí Minh",
    story:
      "Thành lập năm 2014, hợp tác xã đưa khách đi xuồng vào rừng ngập mặn Cần Giờ và đón khách ở làng chài đảo Thạnh An. Hợp tác xã hiện có 36 thành viên.",
    storyEn:
      "Founded in 2014, the cooperative takes visitors by boat into the Can Gio mangroves and hosts them in the fishing village of Thanh An island. The cooperative has 36 members.",
  },
  {
    key: "hkd-tran-van-hau",
    legalName: "Hộ kinh doanh Trần Văn Hậu",
    type: "household_business",
    taxCode: "079069882791",
    province: "Hồ Chí Minh",
    historicalProvince: "Bà Rịa - Vũng Tàu",
    formerDistrict: "huyện Đất Đỏ",
    address:
      "Ấp Phước Thạnh, xã Phước Hải, Thành phố Hồ Chí Minh, trước 01/7/2025 thuộc huyện Đất Đỏ, tỉnh Bà Rịa - Vũng Tàu",
    story:
      "Thành lập năm 2015, cơ sở phơi cá thu một nắng và làm mắm ruốc từ ghe cá cập bến Phước Hải. Cơ sở gia đình với 6 lao động.",
    storyEn:
      "Founded in 2015, the family business sun-dries mackerel and makes shrimp paste from the boats landing at Phuoc Hai. A family business employing 6 people.",
  },
  {
    key: "cty-hat-dieu-binh-phuoc-kim-phat",
    legalName: "Công ty Cổ phần Hạt điều Bình Phước Kim Phát",
    type: "enterprise",
    taxCode: "4011326321-001",
    province: "Đồng Nai",
    historicalProvince: "Bình Phước",
    formerDistrict: "thành phố Đồng Xoài",
    address:
      "Khu công nghiệp Đồng Xoài I, phường Đồng Xoài, tỉnh Đồng Nai, trước 01/7/2025 thuộc thành phố Đồng Xoài, tỉnh Bình Phước",
    story:
      "Thành lập năm 2005, công ty chế biến hạt điều và hồ tiêu từ vùng nguyên liệu Bình Phước. Công ty liên kết với 350 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2005, the company processes cashews and pepper from the Binh Phuoc growing area. It works with 350 partner households in its sourcing area.",
  },
  {
    key: "cty-gom-bien-hoa-tan-van",
    legalName: "Công ty TNHH Gốm Biên Hòa Tân Vạn",
    type: "enterprise",
    taxCode: "3325149537",
    province: "Đồng Nai",
    formerDistrict: "thành phố Biên Hòa",
    address: "Khu phố 2, phường Tân Vạn, tỉnh Đồng Nai",
    story:
      "Thành lập năm 2007, công ty làm chậu và bình gốm men xanh đồng trổ bông, dòng gốm mỹ nghệ đặc trưng Biên Hòa. Công ty liên kết với 48 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2007, the company makes planters and vases in the copper-green glaze that defines Bien Hoa art pottery. It works with 48 partner households in its sourcing area.",
  },
  {
    key: "htx-buoi-tan-trieu",
    legalName: "Hợp tác xã Bưởi Tân Triều",
    type: "cooperative",
    taxCode: "1704537547",
    province: "Đồng Nai",
    formerDistrict: "huyện Vĩnh Cửu",
    address: "Ấp Tân Triều, xã Tân Bình, tỉnh Đồng Nai",
    story:
      "Thành lập năm 2010, hợp tác xã trồng bưởi đường lá cam trên cù lao sông Đồng Nai và đón khách tham quan vườn. Hợp tác xã hiện có 60 thành viên.",
    storyEn:
      "Founded in 2010, the cooperative grows sweet pomelos on the Dong Nai River islets and welcomes orchard visitors. The cooperative has 60 members.",
  },
  {
    key: "hkd-truong-thi-my",
    legalName: "Hộ kinh doanh Trương Thị Mỹ",
    type: "household_business",
    taxCode: "072184356854",
    province: "Tây Ninh",
    formerDistrict: "thị xã Trảng Bàng",
    address: "Khu phố Lộc Thành, phường Trảng Bàng, tỉnh Tây Ninh",
    story:
      "Thành lập năm 2012, cơ sở làm bánh tráng phơi sương Trảng Bàng và muối tôm Tây Ninh. Cơ sở gia đình với 8 lao động.",
    storyEn:
      "Founded in 2012, the family business makes Trang Bang dew-dried rice paper and Tay Ninh shrimp salt. A family business employing 8 people.",
  },
  {
    key: "htx-nong-nghiep-cho-dao",
    legalName: "Hợp tác xã Nông nghiệp Chợ Đào",
    type: "cooperative",
    taxCode: "2926459972",
    province: "Tây Ninh",
    historicalProvince: "Long An",
    formerDistrict: "huyện Cần Đước",
    address: "Ấp Chợ Đào, xã Mỹ Lệ, tỉnh Tây Ninh, trước 01/7/2025 thuộc huyện Cần Đước, tỉnh Long An",
    story:
      "Thành lập năm 2013, hợp tác xã giữ giống lúa nàng thơm Chợ Đào, trồng thanh long và làm lạp xưởng Cần Đước. Hợp tác xã hiện có 74 thành viên.",
    storyEn:
      "Founded in 2013, the cooperative preserves the Nang Thom Cho Dao rice variety, grows dragon fruit and makes Can Duoc sausages. The cooperative has 74 members.",
  },
  {
    key: "thtx-mang-cau-ba-den",
    legalName: "Tổ hợp tác Mãng cầu Bà Đen",
    type: "cooperative_group",
    taxCode: "3046286678",
    province: "Tây Ninh",
    formerDistrict: "thành phố Tây Ninh",
    address: "Ấp Ninh Trung, phường Ninh Sơn, tỉnh Tây Ninh",
    story:
      "Thành lập năm 2018, tổ hợp tác trồng mãng cầu ta dưới chân núi Bà Đen và sấy dẻo trái chín. Tổ hợp tác gồm 22 hộ thành viên.",
    storyEn:
      "Founded in 2018, the cooperative group grows sugar apples at the foot of Ba Den mountain and soft-dries the ripe fruit. The group brings together 22 member households.",
  },
  {
    key: "cty-lua-gao-my-xuyen-phat",
    legalName: "Công ty TNHH Lúa gạo Mỹ Xuyên Phát",
    type: "enterprise",
    taxCode: "3731311662",
    province: "Cần Thơ",
    historicalProvince: "Sóc Trăng",
    formerDistrict: "huyện Mỹ Xuyên",
    address: "Ấp Hòa Phuông, xã Hòa Tú 1, huyện Mỹ Xuyên, tỉnh Sóc Trăng",
    story:
      "Thành lập năm 2014, công ty canh tác lúa ST25 theo mô hình lúa – tôm và xay xát tại nhà máy riêng. Công ty liên kết với 420 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2014, the company grows ST25 rice in a rice–shrimp rotation and mills it in its own plant. It works with 420 partner households in its sourcing area.",
  },
  {
    key: "hkd-lam-thi-phuong",
    legalName: "Hộ kinh doanh Lâm Thị Phượng",
    type: "household_business",
    taxCode: "092184762218",
    province: "Cần Thơ",
    historicalProvince: "Sóc Trăng",
    formerDistrict: "huyện Châu Thành",
    address: "Ấp Vũng Thơm, xã Phú Tâm, thành phố Cần Thơ, trước 01/7/2025 thuộc huyện Châu Thành, tỉnh Sóc Trăng",
    story:
      "Thành lập năm 2010, cơ sở làm bánh pía và lạp xưởng theo công thức của người Hoa ở Sóc Trăng. Cơ sở gia đình với 9 lao động.",
    storyEn:
      "Founded in 2010, the family business makes pia cakes and lap xuong sausages to the Chinese-Vietnamese recipes of Soc Trang. A family business employing 9 people.",
  },
  {
    key: "htx-khom-cau-duc",
    legalName: "Hợp tác xã Khóm Cầu Đúc",
    type: "cooperative",
    taxCode: "0355228847",
    province: "Cần Thơ",
    historicalProvince: "Hậu Giang",
    formerDistrict: "thành phố Vị Thanh",
    address: "Ấp 5, phường Vị Tân, thành phố Cần Thơ, trước 01/7/2025 thuộc thành phố Vị Thanh, tỉnh Hậu Giang",
    story:
      "Thành lập năm 2011, hợp tác xã trồng khóm Cầu Đúc trên đất phèn và chế biến nước ép, mứt khóm. Hợp tác xã hiện có 88 thành viên.",
    storyEn:
      "Founded in 2011, the cooperative grows Cau Duc pineapples on acid-sulphate soil and makes juice and candied pineapple. The cooperative has 88 members.",
  },
  {
    key: "hkd-le-van-tu",
    legalName: "Hộ kinh doanh Lê Văn Tư",
    type: "household_business",
    taxCode: "092082075244",
    province: "Cần Thơ",
    formerDistrict: "huyện Phong Điền",
    address: "Ấp Nhơn Lộc, xã Phong Điền, thành phố Cần Thơ",
    story:
      "Thành lập năm 2015, cơ sở mở nhà vườn đón khách ở Phong Điền, đưa khách đi chợ nổi Cái Răng và hái trái cây tại vườn. Cơ sở gia đình với 7 lao động.",
    storyEn:
      "Founded in 2015, the family business runs an orchard homestay in Phong Dien, with trips to the Cai Rang floating market and fruit picking. A family business employing 7 people.",
  },
  {
    key: "cty-dua-phuoc-an",
    legalName: "Công ty TNHH Dừa Phước An",
    type: "enterprise",
    taxCode: "0356863136",
    province: "Vĩnh Long",
    historicalProvince: "Bến Tre",
    formerDistrict: "huyện Mỏ Cày Nam",
    address: "Ấp Phước Khánh, xã Mỏ Cày, tỉnh Vĩnh Long, trước 01/7/2025 thuộc huyện Mỏ Cày Nam, tỉnh Bến Tre",
    story:
      "Thành lập năm 2008, công ty chế biến kẹo dừa, nước dừa, mật hoa dừa và ca cao trồng xen trong vườn dừa hữu cơ Bến Tre. Công ty liên kết với 210 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2008, the company turns organic Ben Tre coconuts into candy, coconut water and nectar, with cocoa grown under the palms. It works with 210 partner households in its sourcing area.",
  },
  {
    key: "thtx-luc-binh-long-ho",
    legalName: "Tổ hợp tác Lục bình Long Hồ",
    type: "cooperative_group",
    taxCode: "3846464369",
    province: "Vĩnh Long",
    formerDistrict: "huyện Long Hồ",
    address: "Ấp Phước Hanh, xã Long Hồ, tỉnh Vĩnh Long",
    story:
      "Thành lập năm 2016, tổ hợp tác đan giỏ và hộp từ lục bình phơi khô trên kênh rạch Vĩnh Long. Tổ hợp tác gồm 30 hộ thành viên.",
    storyEn:
      "Founded in 2016, the cooperative group weaves baskets and boxes from water hyacinth dried along Vinh Long's canals. The group brings together 30 member households.",
  },
  {
    key: "htx-gom-do-mang-thit",
    legalName: "Hợp tác xã Gốm đỏ Mang Thít",
    type: "cooperative",
    taxCode: "3549909946",
    province: "Vĩnh Long",
    formerDistrict: "huyện Mang Thít",
    address: "Ấp Phước Hậu, xã Mang Thít, tỉnh Vĩnh Long",
    story:
      "Thành lập năm 2012, hợp tác xã nung gốm đỏ trong những lò gạch cổ ven sông Cổ Chiên. Hợp tác xã hiện có 37 thành viên.",
    storyEn:
      "Founded in 2012, the cooperative fires red earthenware in the old brick kilns along the Co Chien River. The cooperative has 37 members.",
  },
  {
    key: "hkd-pham-van-sau",
    legalName: "Hộ kinh doanh Phạm Văn Sáu",
    type: "household_business",
    taxCode: "086076721938",
    province: "Vĩnh Long",
    formerDistrict: "huyện Long Hồ",
    address: "Ấp Bình Hòa, xã An Bình, tỉnh Vĩnh Long",
    story:
      "Thành lập năm 2014, cơ sở đón khách ở nhà vườn cù lao An Bình, chèo xuồng qua kênh rạch và hái bưởi năm roi. Cơ sở gia đình với 6 lao động.",
    storyEn:
      "Founded in 2014, the family business hosts guests in an orchard house on An Binh islet, paddling the canals and picking Nam Roi pomelos. A family business employing 6 people.",
  },
  {
    key: "htx-dua-sap-cau-ke",
    legalName: "Hợp tác xã Dừa sáp Cầu Kè",
    type: "cooperative",
    taxCode: "1687171988",
    province: "Vĩnh Long",
    historicalProvince: "Trà Vinh",
    formerDistrict: "huyện Cầu Kè",
    address: "Ấp Ô Tưng, xã Cầu Kè, tỉnh Vĩnh Long, trước 01/7/2025 thuộc huyện Cầu Kè, tỉnh Trà Vinh",
    story:
      "Thành lập năm 2014, hợp tác xã trồng dừa sáp đặc sản của đồng bào Khmer Cầu Kè và làm mứt dừa. Hợp tác xã hiện có 49 thành viên.",
    storyEn:
      "Founded in 2014, the cooperative grows the makapuno coconut the Khmer of Cau Ke are known for and makes candied coconut. The cooperative has 49 members.",
  },
  {
    key: "htx-hoa-kieng-tan-quy-dong",
    legalName: "Hợp tác xã Hoa kiểng Tân Quy Đông",
    type: "cooperative",
    taxCode: "0734504586",
    province: "Đồng Tháp",
    formerDistrict: "thành phố Sa Đéc",
    address: "Khóm Tân Mỹ, phường Sa Đéc, tỉnh Đồng Tháp",
    story:
      "Thành lập năm 2009, hợp tác xã trồng cúc mâm xôi, hoa giấy và bonsai ở làng hoa trăm tuổi Sa Đéc. Hợp tác xã hiện có 120 thành viên.",
    storyEn:
      "Founded in 2009, the cooperative grows pincushion chrysanthemums, bougainvillea and bonsai in the century-old Sa Dec flower village. The cooperative has 120 members.",
  },
  {
    key: "cty-nong-san-cao-lanh-xanh",
    legalName: "Công ty TNHH Nông sản Cao Lãnh Xanh",
    type: "enterprise",
    taxCode: "2163266874",
    province: "Đồng Tháp",
    formerDistrict: "thành phố Cao Lãnh",
    address: "Số 20 đường Lý Thường Kiệt, phường Cao Lãnh, tỉnh Đồng Tháp",
    story:
      "Thành lập năm 2012, công ty sấy dẻo xoài cát chu Cao Lãnh và chế biến sen Tháp Mười. Công ty liên kết với 260 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2012, the company soft-dries Cao Lanh cat chu mangoes and processes Thap Muoi lotus. It works with 260 partner households in its sourcing area.",
  },
  {
    key: "hkd-nguyen-van-muoi",
    legalName: "Hộ kinh doanh Nguyễn Văn Mười",
    type: "household_business",
    taxCode: "087070045056",
    province: "Đồng Tháp",
    historicalProvince: "Tiền Giang",
    formerDistrict: "huyện Châu Thành",
    address: "Ấp Long Hòa, xã Vĩnh Kim, tỉnh Đồng Tháp, trước 01/7/2025 thuộc huyện Châu Thành, tỉnh Tiền Giang",
    story: "Thành lập năm 2011, cơ sở trồng vú sữa Lò Rèn và làm hủ tiếu khô Mỹ Tho. Cơ sở gia đình với 5 lao động.",
    storyEn:
      "Founded in 2011, the family business grows Lo Ren star apples and makes dried My Tho hu tieu noodles. A family business employing 5 people.",
  },
  {
    key: "htx-mat-ong-u-minh-ha",
    legalName: "Hợp tác xã Mật ong rừng U Minh Hạ",
    type: "cooperative",
    taxCode: "1917845659",
    province: "Cà Mau",
    formerDistrict: "huyện U Minh",
    address: "Ấp 3, xã U Minh, tỉnh Cà Mau",
    story:
      "Thành lập năm 2010, hợp tác xã gác kèo lấy mật ong rừng tràm U Minh Hạ theo nghề truyền thống. Hợp tác xã hiện có 72 thành viên.",
    storyEn:
      "Founded in 2010, the cooperative gathers wild melaleuca-forest honey in U Minh Ha with the traditional rafter method. The cooperative has 72 members.",
  },
  {
    key: "cty-thuy-san-rach-goc",
    legalName: "Công ty TNHH Thủy sản Rạch Gốc Năm Căn",
    type: "enterprise",
    taxCode: "1359740102",
    province: "Cà Mau",
    formerDistrict: "huyện Ngọc Hiển",
    address: "Ấp Rạch Gốc, xã Tân Ân, tỉnh Cà Mau",
    story:
      "Thành lập năm 2008, công ty chế biến tôm khô, ba khía muối và khô cá dứa từ vùng rừng ngập mặn Năm Căn. Công ty liên kết với 90 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2008, the company processes dried shrimp, salted marsh crab and dried pangasius from the Nam Can mangroves. It works with 90 partner households in its sourcing area.",
  },
  {
    key: "hkd-huynh-thi-ut",
    legalName: "Hộ kinh doanh Huỳnh Thị Út",
    type: "household_business",
    taxCode: "096167607893",
    province: "Cà Mau",
    historicalProvince: "Bạc Liêu",
    formerDistrict: "thành phố Bạc Liêu",
    address: "Ấp Gò Cát, phường Hiệp Thành, tỉnh Cà Mau, trước 01/7/2025 thuộc thành phố Bạc Liêu, tỉnh Bạc Liêu",
    story:
      "Thành lập năm 2013, cơ sở làm muối hạt trên đồng muối Bạc Liêu và đưa khách tham quan nghề muối. Cơ sở gia đình với 6 lao động.",
    storyEn:
      "Founded in 2013, the family business harvests sea salt in the Bac Lieu salt fields and shows visitors the craft. A family business employing 6 people.",
  },
  {
    key: "cty-nuoc-mam-phu-quoc-hung-thinh",
    legalName: "Công ty TNHH Nước mắm Phú Quốc Hưng Thịnh",
    type: "enterprise",
    taxCode: "2332962043-001",
    province: "An Giang",
    historicalProvince: "Kiên Giang",
    formerDistrict: "thành phố Phú Quốc",
    address: "Khu phố 2, phường Dương Đông, thành phố Phú Quốc, tỉnh Kiên Giang",
    story:
      "Thành lập năm 2005, công ty ủ nước mắm từ cá cơm than trong thùng gỗ bời lời trên đảo Phú Quốc. Công ty liên kết với 80 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2005, the company ages fish sauce from black anchovies in boi loi wood barrels on Phu Quoc island. It works with 80 partner households in its sourcing area.",
  },
  {
    key: "hkd-le-thi-kim",
    legalName: "Hộ kinh doanh Lê Thị Kim",
    type: "household_business",
    taxCode: "089167341181",
    province: "An Giang",
    historicalProvince: "Kiên Giang",
    formerDistrict: "thành phố Phú Quốc",
    address: "Khu phố 7, đặc khu Phú Quốc, tỉnh An Giang, trước 01/7/2025 thuộc thành phố Phú Quốc, tỉnh Kiên Giang",
    story: "Thành lập năm 2016, cơ sở ngâm rượu sim rừng và trồng hồ tiêu ở Phú Quốc. Cơ sở gia đình với 5 lao động.",
    storyEn:
      "Founded in 2016, the family business steeps wild rose-myrtle wine and grows pepper on Phu Quoc. A family business employing 5 people.",
  },
  {
    key: "htx-thot-not-bay-nui",
    legalName: "Hợp tác xã Thốt nốt Bảy Núi",
    type: "cooperative",
    taxCode: "0629446991",
    province: "An Giang",
    formerDistrict: "huyện Tri Tôn",
    address: "Ấp Phước Long, xã Tri Tôn, tỉnh An Giang",
    story:
      "Thành lập năm 2013, hợp tác xã nấu đường thốt nốt từ nước hoa thốt nốt do đồng bào Khmer vùng Bảy Núi thu hái. Hợp tác xã hiện có 57 thành viên.",
    storyEn:
      "Founded in 2013, the cooperative boils palm sugar from sap collected by Khmer climbers in the Bay Nui area. The cooperative has 57 members.",
  },
  {
    key: "cty-dac-san-chau-doc-phuong-nam",
    legalName: "Công ty TNHH Đặc sản Châu Đốc Phương Nam",
    type: "enterprise",
    taxCode: "4287247437-001",
    province: "An Giang",
    formerDistrict: "thành phố Châu Đốc",
    address: "Khóm Châu Long 4, phường Châu Đốc, tỉnh An Giang",
    story:
      "Thành lập năm 2009, công ty làm mắm cá linh, mắm thái và khô cá lóc theo bí quyết Châu Đốc. Công ty liên kết với 75 hộ sản xuất trong vùng nguyên liệu.",
    storyEn:
      "Founded in 2009, the company makes fermented linh fish, mam thai and dried snakehead to Chau Doc recipes. It works with 75 partner households in its sourcing area.",
  },
  {
    key: "thtx-lua-tan-chau",
    legalName: "Tổ hợp tác Lụa Tân Châu",
    type: "cooperative_group",
    taxCode: "3209320511",
    province: "An Giang",
    formerDistrict: "thị xã Tân Châu",
    address: "Khóm Long Thạnh, phường Tân Châu, tỉnh An Giang",
    story:
      "Thành lập năm 2015, tổ hợp tác dệt lãnh Mỹ A nhuộm trái mặc nưa, loại lụa đen bóng nổi tiếng Tân Châu, cùng thổ cẩm Chăm Châu Giang. Tổ hợp tác gồm 19 hộ thành viên.",
    storyEn:
      "Founded in 2015, the cooperative group weaves My A silk dyed with mac nua fruit, the glossy black silk Tan Chau is famous for, and Cham brocade from Chau Giang. The group brings together 19 member households.",
  },
]
