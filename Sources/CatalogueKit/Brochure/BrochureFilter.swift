/// One value of one command-line filter, resolved against the catalogue's districts, groups and
/// product sets: a test on a product, or a problem (a name that is nothing) that matches nothing.
struct BrochureFilter: Sendable {
    /// `--district`, `--stars`, …: how the user wrote the filter, for messages.
    let flag: String
    let value: String
    let matches: @Sendable (Product) -> Bool
    /// Why the value matches nothing by itself, when it names nothing in the catalogue.
    let problem: String?

    static func resolve(_ selection: BrochureSelection, in catalogue: Catalogue) -> [BrochureFilter] {
        var filters: [BrochureFilter] = []
        let districts = DistrictMatcher(catalogue.site.districts)
        for written in selection.districts {
            if let district = districts.match(written) {
                filters.append(BrochureFilter(flag: "--district", value: written, matches: { $0.district.id == district.id }, problem: nil))
            } else {
                let guess = districts.closest(to: written).map { "; did you mean \"\($0.name)\"?" } ?? ""
                filters.append(.nothing("--district", written, "is not a district of site.yml" + guess))
            }
        }
        if let stars = selection.stars {
            filters.append(BrochureFilter(flag: "--stars", value: stars.text, matches: { stars.stars.contains($0.stars) }, problem: nil))
        }
        let models = catalogue.models.models
        for written in selection.groups {
            let key = VietnameseText.fold(written)
            let ids = Set(models.flatMap(\.groups).filter { VietnameseText.fold($0.id) == key || VietnameseText.fold($0.name) == key }.map(\.id))
            if ids.isEmpty {
                let names = Set(models.flatMap(\.groups).flatMap { [$0.id, $0.name] })
                let guess = Suggestion.closest(to: written, in: names).map { "; did you mean \"\($0)\"?" } ?? ""
                filters.append(.nothing("--group", written, "is not a product group" + guess))
            } else {
                filters.append(BrochureFilter(flag: "--group", value: written, matches: { ids.contains($0.group.id) }, problem: nil))
            }
        }
        for written in selection.productSets {
            let key = VietnameseText.fold(written)
            let ids = Set(models.flatMap(\.productSets).map(\.id))
            if let id = ids.first(where: { $0 == key }) {
                filters.append(BrochureFilter(flag: "--product-set", value: written, matches: { $0.productSet.id == id }, problem: nil))
            } else {
                let guess = Suggestion.closest(to: written, in: ids).map { "; did you mean \"\($0)\"?" } ?? ""
                filters.append(.nothing("--product-set", written, "is not a product set of the scoring models (`ocop models` lists them)" + guess))
            }
        }
        for written in selection.producers {
            let key = VietnameseText.fold(written)
            filters.append(BrochureFilter(flag: "--producer", value: written, matches: { $0.producerKey.contains(key) }, problem: nil))
        }
        return filters
    }

    private static func nothing(_ flag: String, _ value: String, _ problem: String) -> BrochureFilter {
        BrochureFilter(flag: flag, value: value, matches: { _ in false }, problem: problem)
    }
}
