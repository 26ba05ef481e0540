/// The scoring models shipped with ocop: YAML in the same shape as a site's
/// `content/scoring-models.yml`, kept here as text so the tool needs no resource files.
/// `ocop models --yaml` prints it; edit it as YAML, the test suite validates it.
enum BuiltinScoringModels {
    static let path = "(built-in)/scoring-models.yml"

    static let yaml = #"""
schema_version: 1
# The OCOP scoring models ocop knows. A site adds a model, or replaces one with the same id,
# in content/scoring-models.yml (same shape; see the README, "The scoring model").
#
# Sources: Decisions 1048/QĐ-TTg (2019), 148/QĐ-TTg (2023) and 1489/QĐ-TTg (2025) as quoted by
# the press and by government pages; the 26 product sets of each model are from transcriptions
# of Appendix I (1048: third-party data only; 148: sets 1-8 quoted, 9-26 third-party data).
# Star bands are half-open [min, max); the top band is closed. Scores are council averages.
models:
  - id: qd1048-2019
    title: "Bộ Tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm"
    decision: "1048/QĐ-TTg"
    effective_from: 2019-08-21
    effective_to: 2023-02-23          # replaced by 148/QĐ-TTg on 2023-02-24
    parts:
      - {id: A, max: 35, name: "Các tiêu chí đánh giá về sản phẩm và sức mạnh cộng đồng", name_en: "Product and community strength"}
      - {id: B, max: 25, name: "Các tiêu chí đánh giá về khả năng tiếp thị", name_en: "Marketing capability"}
      - {id: C, max: 40, name: "Các tiêu chí đánh giá về chất lượng sản phẩm", name_en: "Product quality"}
    star_bands:
      - {stars: 5, min: 90, max: 100, max_inclusive: true, label: "sản phẩm cấp quốc gia, có thể xuất khẩu"}
      - {stars: 4, min: 70, max: 90, max_inclusive: false, label: "sản phẩm cấp tỉnh, có thể nâng cấp lên hạng 5 sao"}
      - {stars: 3, min: 50, max: 70, max_inclusive: false, label: "sản phẩm cấp tỉnh, đạt tiêu chuẩn, có thể nâng cấp lên hạng 4 sao"}
      - {stars: 2, min: 30, max: 50, max_inclusive: false, label: "sản phẩm chưa đạt tiêu chuẩn, có thể nâng cấp lên hạng 3 sao"}
      - {stars: 1, min: 0, max: 30, max_inclusive: false, label: "sản phẩm khởi điểm tham gia chương trình OCOP"}
    certified_stars: [3, 4, 5]
    certificate_validity_months: 36
    certifying_levels:      # who recognises which stars, by issue date
      - {from: 2019-08-21, to: 2023-02-23, stars: {3: province, 4: province, 5: central}}
    groups:
      - {id: food, name: "Thực phẩm", name_en: "Food"}
      - {id: beverage, name: "Đồ uống", name_en: "Beverages"}
      - {id: herbal, name: "Thảo dược", name_en: "Herbal products"}
      - {id: textile, name: "Vải và may mặc", name_en: "Textiles and garments"}
      - {id: souvenir-furniture-decor, name: "Lưu niệm – nội thất – trang trí", name_en: "Souvenirs, furniture, decoration"}
      - {id: rural-tourism, name: "Dịch vụ du lịch nông thôn, bán hàng", name_en: "Rural tourism services and sales"}
    product_sets:
      - {n: 1, id: fresh-produce, group: food, name: "Rau, củ, quả, hạt tươi", successor: fresh-produce}
      - {n: 2, id: fresh-meat-egg-milk, group: food, name: "Thịt, trứng, sữa tươi", successor: fresh-meat-seafood-egg-milk}
      - {n: 3, id: rice-grains, group: food, name: "Gạo, ngũ cốc", successor: rice-grains}
      - {n: 4, id: honey, group: food, name: "Mật ong, các sản phẩm từ mật ong, mật khác", successor: honey-other-raw}
      - {n: 5, id: fast-food, group: food, name: "Đồ ăn nhanh", successor: fast-food}
      - {n: 6, id: processed-rice-grains, group: food, name: "Chế biến từ gạo, ngũ cốc", successor: processed-rice-grains}
      - {n: 7, id: processed-produce, group: food, name: "Chế biến từ rau, củ, quả, hạt", successor: processed-produce}
      - {n: 8, id: processed-meat-egg-milk, group: food, name: "Chế biến từ thịt, trứng, sữa", successor: processed-animal-products}
      - {n: 9, id: processed-seafood, group: food, name: "Chế biến từ thủy, hải sản", successor: processed-animal-products}
      - {n: 10, id: sauces-liquid-condiments, group: food, name: "Tương, nước mắm, gia vị lỏng khác", successor: sauces-liquid-condiments}
      - {n: 11, id: other-spices, group: food, name: "Gia vị khác", successor: other-spices}
      - {n: 12, id: tea, group: food, name: "Chè tươi, chế biến", successor: tea}
      - {n: 13, id: other-tea-products, group: food, name: "Các sản phẩm khác từ chè, trà", successor: other-plant-tea}
      - {n: 14, id: coffee-cocoa, group: food, name: "Cà phê, ca cao", successor: coffee-cocoa}
      - {n: 15, id: white-liquor, group: beverage, name: "Rượu trắng", successor: white-liquor}
      - {n: 16, id: other-alcoholic, group: beverage, name: "Đồ uống có cồn khác", successor: other-alcoholic}
      - {n: 17, id: bottled-water, group: beverage, name: "Nước khoáng thiên nhiên, nước uống tinh khiết", successor: bottled-water}
      - {n: 18, id: other-non-alcoholic, group: beverage, name: "Đồ uống không cồn", successor: other-non-alcoholic}
      - {n: 19, id: functional-food-herbal-medicine, group: herbal, name: "Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền", successor: functional-food-herbal-medicine}
      - {n: 20, id: herbal-cosmetics, group: herbal, name: "Mỹ phẩm", successor: herbal-cosmetics}
      - {n: 21, id: medical-devices, group: herbal, name: "Trang thiết bị, dụng cụ y tế", successor: null}
      - {n: 22, id: other-herbal, group: herbal, name: "Thảo dược khác", successor: essential-oils-other-herbal}
      - {n: 23, id: decor-crafts, group: souvenir-furniture-decor, name: "Thủ công mỹ nghệ, trang trí", successor: household-decor-crafts}
      - {n: 24, id: household-crafts, group: souvenir-furniture-decor, name: "Thủ công mỹ nghệ gia dụng", successor: household-decor-crafts}
      - {n: 25, id: textiles-garments, group: textile, name: "Vải, may mặc", successor: textiles-garments}
      - {n: 26, id: community-tourism, group: rural-tourism, name: "Dịch vụ du lịch cộng đồng và điểm du lịch", successor: community-eco-tourism}
  - id: qd148-2023
    title: "Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm"
    decision: "148/QĐ-TTg"
    effective_from: 2023-02-24
    effective_to: null                # in force
    parts:
      - {id: A, max: 40, name: "Các tiêu chí đánh giá về sản phẩm và sức mạnh cộng đồng", name_en: "Product and community strength"}
      - {id: B, max: 25, name: "Các tiêu chí đánh giá về khả năng tiếp thị", name_en: "Marketing capability"}
      - {id: C, max: 35, name: "Các tiêu chí đánh giá về chất lượng sản phẩm", name_en: "Product quality"}
    star_bands:
      - {stars: 5, min: 90, max: 100, max_inclusive: true, label: "sản phẩm đặc trưng, tiêu chuẩn chất lượng cao, hội tụ điều kiện để xuất khẩu"}
      - {stars: 4, min: 70, max: 90, max_inclusive: false, label: "sản phẩm đặc trưng, đáp ứng yêu cầu về chất lượng và tiếp cận thị trường tốt, có tiềm năng nâng cấp lên hạng 5 sao"}
      - {stars: 3, min: 50, max: 70, max_inclusive: false, label: "sản phẩm có đặc thù, được quản lý và thương mại ổn định, có thể nâng cấp lên hạng 4 sao"}
      - {stars: 2, min: 30, max: 50, max_inclusive: false, label: "sản phẩm được sản xuất, bước đầu hình thành chất lượng cụ thể"}
      - {stars: 1, min: 0, max: 30, max_inclusive: false, label: "sản phẩm sơ khai, chưa được hình thành trong thương mại"}
    certified_stars: [3, 4, 5]
    certificate_validity_months: 36
    certifying_levels:      # who recognises which stars, by issue date
      - {from: 2023-02-24, to: 2025-07-05, stars: {3: district, 4: province, 5: central}}
      - {from: 2025-07-06, to: null, stars: {3: province, 4: province, 5: central}}   # Decision 1489/QĐ-TTg: district level removed
    groups:
      - {id: food, name: "Thực phẩm", name_en: "Food"}
      - {id: beverage, name: "Đồ uống", name_en: "Beverages"}
      - {id: herbal, name: "Dược liệu và sản phẩm từ dược liệu", name_en: "Medicinal herbs and herbal products"}
      - {id: handicraft, name: "Hàng thủ công mỹ nghệ", name_en: "Handicrafts"}
      - {id: ornamental, name: "Sinh vật cảnh", name_en: "Ornamental plants and animals"}
      - {id: community-tourism, name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", name_en: "Community tourism, eco-tourism and tourist sites"}
    product_sets:
      - {n: 1, id: fresh-produce, group: food, name: "Rau, củ, quả, hạt tươi", name_en: "Fresh vegetables, tubers, fruit, nuts"}
      - {n: 2, id: fresh-meat-seafood-egg-milk, group: food, name: "Thịt, thủy sản, trứng, sữa tươi", name_en: "Fresh meat, aquatic products, eggs, milk"}
      - {n: 3, id: rice-grains, group: food, name: "Gạo, ngũ cốc, hạt sơ chế khác", name_en: "Rice, cereals, other semi-processed grains"}
      - {n: 4, id: honey-other-raw, group: food, name: "Mật ong, mật khác và nông sản thực phẩm khác", name_en: "Honey, other syrups, other raw farm foods"}
      - {n: 5, id: fast-food, group: food, name: "Đồ ăn nhanh", name_en: "Fast / instant food"}
      - {n: 6, id: processed-rice-grains, group: food, name: "Chế biến từ gạo, ngũ cốc", name_en: "Processed rice and cereals"}
      - {n: 7, id: processed-produce, group: food, name: "Chế biến từ rau, củ, quả, hạt", name_en: "Processed vegetables, fruit, nuts"}
      - {n: 8, id: processed-animal-products, group: food, name: "Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác", name_en: "Processed meat, egg, dairy, seafood, honey products"}
      - {n: 9, id: sauces-liquid-condiments, group: food, name: "Tương, nước mắm, gia vị dạng lỏng khác", name_en: "Sauces, fish sauce, liquid condiments"}
      - {n: 10, id: other-spices, group: food, name: "Gia vị khác (muối, hành, tỏi, tiêu…)", name_en: "Other seasonings (salt, shallot, garlic, pepper)"}
      - {n: 11, id: tea, group: food, name: "Chè tươi, chè chế biến", name_en: "Fresh and processed tea"}
      - {n: 12, id: other-plant-tea, group: food, name: "Sản phẩm trà (chè) từ thực vật khác", name_en: "Infusions from other plants"}
      - {n: 13, id: coffee-cocoa, group: food, name: "Cà phê, ca cao", name_en: "Coffee, cocoa"}
      - {n: 14, id: white-liquor, group: beverage, name: "Rượu trắng", name_en: "Distilled white spirit"}
      - {n: 15, id: other-alcoholic, group: beverage, name: "Đồ uống có cồn khác", name_en: "Other alcoholic drinks"}
      - {n: 16, id: bottled-water, group: beverage, name: "Nước khoáng thiên nhiên, nước uống đóng chai", name_en: "Natural mineral / bottled water"}
      - {n: 17, id: other-non-alcoholic, group: beverage, name: "Đồ uống không cồn khác", name_en: "Other non-alcoholic drinks"}
      - {n: 18, id: functional-food-herbal-medicine, group: herbal, name: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền", name_en: "Functional foods, herbal and traditional medicines"}
      - {n: 19, id: herbal-cosmetics, group: herbal, name: "Mỹ phẩm có thành phần từ dược liệu", name_en: "Cosmetics with herbal ingredients"}
      - {n: 20, id: essential-oils-other-herbal, group: herbal, name: "Tinh dầu và dược liệu khác", name_en: "Essential oils and other herbal products"}
      - {n: 21, id: household-decor-crafts, group: handicraft, name: "Thủ công mỹ nghệ gia dụng, trang trí", name_en: "Household and decorative handicrafts"}
      - {n: 22, id: textiles-garments, group: handicraft, name: "Vải, may mặc", name_en: "Textiles and garments"}
      - {n: 23, id: flowers, group: ornamental, name: "Hoa", name_en: "Flowers"}
      - {n: 24, id: ornamental-plants, group: ornamental, name: "Cây cảnh", name_en: "Ornamental plants"}
      - {n: 25, id: ornamental-animals, group: ornamental, name: "Động vật cảnh", name_en: "Ornamental animals"}
      - {n: 26, id: community-eco-tourism, group: community-tourism, name: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", name_en: "Community tourism, eco-tourism and tourist sites"}
"""#
}
