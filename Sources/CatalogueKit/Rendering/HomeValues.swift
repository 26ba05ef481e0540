import Templating

/// The catalogue at a glance: counts per star, district and group, and the newest certifications.
enum HomeValues {
    static func values(_ catalogue: Catalogue, card: (Int) -> TemplateValue, newest count: Int) -> TemplateObject {
        let newest = catalogue.newestProducts(count).map(card)
        let producers = Set(catalogue.products.map { $0.producerKey })
        return [
            "total": .integer(catalogue.products.count),
            "valid_count": .integer(catalogue.products.filter { !$0.certificate.expired }.count),
            "expired_count": .integer(catalogue.products.filter(\.certificate.expired).count),
            "producer_count": .integer(producers.count),
            "stars": .list(starCounts(catalogue)),
            "district_terms": .object(["items": .list(districtCounts(catalogue))]),
            "group_terms": .object(["items": .list(groupCounts(catalogue))]),
            "newest": .list(newest),
        ]
    }

    static func starCounts(_ catalogue: Catalogue) -> [TemplateValue] {
        catalogue.starsWithProducts.map { stars in
            .object(["stars": .integer(stars), "stars_full": .string(String(repeating: "★", count: stars)),
                     "stars_empty": .string(String(repeating: "☆", count: max(0, 5 - stars))),
                     "count": .integer(catalogue.byStars[stars]!.count), "url": .string(SitePaths.link(SitePaths.stars(stars)))])
        }
    }

    static func districtCounts(_ catalogue: Catalogue) -> [TemplateValue] {
        catalogue.districtsWithProducts.map { d in
            .object(["id": .string(d.id), "name": .string(d.name), "count": .integer(catalogue.byDistrict[d.id]!.count),
                     "url": .string(SitePaths.link(SitePaths.district(d.id)))])
        }
    }

    static func groupCounts(_ catalogue: Catalogue) -> [TemplateValue] {
        catalogue.groupsWithProducts.map { g in
            .object(["id": .string(g.id), "name": .string(g.name), "count": .integer(catalogue.byGroup[g.id]!.count),
                     "url": .string(SitePaths.link(SitePaths.group(g.id)))])
        }
    }
}
