import Templating

/// What the brochure's templates see: the cover's title and counts, the contents by district, and
/// a card per product. Words are in `templates/brochure/`; images are embedded as `data:` URIs.
enum BrochureValues {
    static func values(_ products: [Product], title: String, subtitle: String?, catalogue: Catalogue, project: Project) -> TemplateValue {
        let byDistrict = Dictionary(grouping: products, by: \.district.id)
        let districts = catalogue.site.districts.compactMap { district -> TemplateValue? in
            guard let items = byDistrict[district.id] else { return nil }
            return .object([
                "id": .string(district.id), "name": .string(district.name), "anchor": .string("huyen-\(district.id)"),
                "count": .integer(items.count), "products": .list(items.map { card($0, project: project) }),
            ])
        }
        let producers = Set(products.map { $0.producerKey })
        let stars = Set(products.map(\.stars)).sorted(by: >).map { stars in
            TemplateValue.object(TemplateValue.starFields(stars).merging(["count": .integer(products.count { $0.stars == stars })]) { $1 })
        }
        return .object([
            "title": .string(title), "subtitle": .text(subtitle),
            "site": .object(["title": .string(catalogue.site.title), "language": .string(catalogue.site.language),
                             "sample_data": .bool(catalogue.site.sampleData), "as_of": .string(catalogue.asOf.vietnamese)]),
            "counts": .object(["products": .integer(products.count), "districts": .integer(districts.count),
                               "producers": .integer(producers.count), "expired": .integer(products.count(where: \.certificate.expired))]),
            "stars": .list(stars),
            "districts": .list(districts),
        ])
    }

    static func card(_ p: Product, project: Project) -> TemplateValue {
        let image = p.images.first { !$0.inBodyOnly }.flatMap { image -> TemplateValue? in
            DataURI.image(at: project.root.appendingPathComponent(image.sourcePath)).map { .object(["src": .string($0), "alt": .string(image.alt)]) }
        }
        return .object(TemplateValue.starFields(p.stars).merging([
            "name": .string(p.name), "slug": .string(p.slug), "anchor": .string("sp-\(p.slug)"),
            "producer": .string(p.producer), "producer_type": .flags(p.producerType, of: ProducerType.self),
            "district": .string(p.district.name), "commune": .text(p.commune),
            "group": .string(p.group.name),
            "product_set": .object(["number": .integer(p.productSet.number), "name": .string(p.productSet.name)]),
            "summary": .string(p.summary), "price": .text(p.price),
            "contact": .object(["phone": .text(p.contact.phone), "email": .text(p.contact.email),
                                "website": .text(p.contact.website), "address": .text(p.contact.address)]),
            "has_contact": .bool(!p.contact.isEmpty),
            "certificate": .object(["number": .string(p.certificate.number), "issued": .string(p.certificate.issued.vietnamese),
                                    "year": .integer(p.certificate.issued.year),
                                    "valid_until": .string(p.certificate.validUntil.vietnamese), "expired": .bool(p.certificate.expired)]),
            "image": image ?? .null,
        ]) { $1 })
    }
}
