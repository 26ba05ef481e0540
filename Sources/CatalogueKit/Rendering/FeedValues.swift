import Templating

/// The Atom feed: the newest certifications, dated by their issue day (never the build time).
enum FeedValues {
    static let entryCount = 50

    static func values(_ catalogue: Catalogue, site: TemplateValue) -> TemplateValue {
        let newest = catalogue.newestProducts(entryCount).map { catalogue.products[$0] }
        let entries = newest.map { p -> TemplateValue in
            .object([
                "name": .string(p.name), "stars": .integer(p.stars), "producer": .string(p.producer),
                "district": .string(p.district.name), "issued": .string(p.certificate.issued.vietnamese),
                "summary": .string(p.summary), "permalink": .string(catalogue.site.baseURL + SitePaths.product(p.slug)),
                "updated": .string(timestamp(p.certificate.issued)),
            ])
        }
        let updated = newest.first.map { timestamp($0.certificate.issued) } ?? timestamp(catalogue.asOf)
        return .object(["site": site, "updated": .string(updated), "entries": .list(entries)])
    }

    /// Midnight in Việt Nam on that day, as RFC 3339.
    static func timestamp(_ date: LocalDate) -> String { "\(date.iso)T00:00:00+07:00" }
}
