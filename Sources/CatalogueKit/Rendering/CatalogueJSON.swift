import Foundation

/// `catalogue.json`: the whole validated catalogue as open data. The shape is documented in the
/// README ("Open data"); keys are snake_case and sorted, so the file diffs cleanly.
enum CatalogueJSON {
    struct Document: Encodable {
        var version = 1
        var site: Site
        var asOf: String
        var models: [Model]
        var districts: [District]
        var groups: [Group]
        var products: [Item]
    }

    struct Site: Encodable { var title: String, language: String, baseUrl: String, sampleData: Bool }
    struct Model: Encodable { var id: String, decision: String, effectiveFrom: String, effectiveTo: String?, parts: [String: Double] }
    struct District: Encodable { var id: String, name: String }
    struct Group: Encodable { var id: String, name: String }

    struct Item: Encodable {
        var slug: String, url: String, name: String, producer: String, producerType: String?
        var district: String, commune: String?, model: String, productSet: String, productSetName: String, group: String
        var stars: Int, scores: [String: Double], total: Double?
        var certificate: Certificate
        var price: String?, contact: Contact, tags: [String], images: [Image], summary: String
    }

    struct Certificate: Encodable { var number: String, issued: String, validUntil: String, authority: String?, expired: Bool }
    struct Contact: Encodable { var phone: String?, email: String?, website: String?, address: String? }
    struct Image: Encodable { var url: String, alt: String }

    static func encode(_ catalogue: Catalogue) -> [UInt8] {
        let site = catalogue.site
        let document = Document(
            site: Site(title: site.title, language: site.language, baseUrl: site.baseURL, sampleData: site.sampleData),
            asOf: catalogue.asOf.iso,
            models: catalogue.models.models.map {
                Model(id: $0.id, decision: $0.decision, effectiveFrom: $0.effectiveFrom.iso, effectiveTo: $0.effectiveTo?.iso,
                      parts: Dictionary(uniqueKeysWithValues: $0.parts.map { ($0.id, $0.max) }))
            },
            districts: site.districts.map { District(id: $0.id, name: $0.name) },
            groups: catalogue.groupsWithProducts.map { Group(id: $0.id, name: $0.name) },
            products: catalogue.products.map { p in
                let url = site.baseURL + SitePaths.product(p.slug)
                return Item(
                    slug: p.slug, url: url, name: p.name, producer: p.producer, producerType: p.producerType?.rawValue,
                    district: p.district.id, commune: p.commune, model: p.model.id, productSet: p.productSet.id,
                    productSetName: p.productSet.name, group: p.group.id, stars: p.stars,
                    scores: Dictionary(uniqueKeysWithValues: p.scores.map { ($0.part.id, $0.score) }), total: p.total,
                    certificate: Certificate(number: p.certificate.number, issued: p.certificate.issued.iso, validUntil: p.certificate.validUntil.iso,
                                             authority: p.certificate.authority?.rawValue, expired: p.certificate.expired),
                    price: p.price, contact: Contact(phone: p.contact.phone, email: p.contact.email, website: p.contact.website, address: p.contact.address),
                    tags: p.tags, images: p.images.filter { !$0.inBodyOnly }.map { Image(url: url + $0.outputName, alt: $0.alt) }, summary: p.summary)
            })
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return [UInt8](data) + [UInt8(ascii: "\n")]
    }
}
