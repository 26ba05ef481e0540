import Templating

/// A product as templates see it. URLs are root-relative (templates prefix `{{root}}`), so one
/// card serves every page that lists the product; the detail (score sheet, contact, JSON-LD)
/// is made only for the product's own page.
enum ProductValues {
    static func card(_ p: Product, parts: CardParts = CardParts()) -> TemplateValue { .object(cardFields(p, parts: parts)) }

    /// `card`: the product's card when it was made already (a full build makes every card once).
    static func detail(_ p: Product, site: SiteConfig, card: TemplateValue? = nil) -> TemplateValue {
        var fields: TemplateObject
        if case .object(let made)? = card?.unshared { fields = made } else { fields = cardFields(p, parts: CardParts()) }
        // The card's fields and the detail's in one allocation: growing it as they come in
        // would copy it again at each doubling.
        fields.reserveCapacity(fields.count + 16)
        fields["images"] = .list(images(p))
        fields["producer_type"] = .flags(p.producerType, of: ProducerType.self)
        fields["commune"] = .text(p.commune)
        fields["model"] = .object(["id": .string(p.model.id), "decision": .string(p.model.decision)])
        fields["scores"] = .list(p.scores.map { s in
            .object(["part": .string(s.part.id), "name": .string(s.part.name), "score": .string(NumberText.vietnamese(s.score)),
                     "max": .string(NumberText.vietnamese(s.part.max)), "percent": .string(percent(s.score, of: s.part.max))])
        })
        fields["has_scores"] = .bool(!p.scores.isEmpty)
        fields["total"] = p.total.map { .object(["score": .string(NumberText.vietnamese($0)), "max": .string(NumberText.vietnamese(p.model.totalMax)),
                                                    "percent": .string(percent($0, of: p.model.totalMax))]) } ?? .null
        fields["contact"] = .object(["phone": .text(p.contact.phone), "email": .text(p.contact.email), "website": .text(p.contact.website),
                                     "address": .text(p.contact.address), "phone_link": .text(p.contact.phone.map(telLink))])
        fields["has_contact"] = .bool(!p.contact.isEmpty)
        fields["tags"] = .list(p.tags.map { .string($0) })
        fields["description_html"] = .string(p.descriptionHTML)
        fields["permalink"] = .string(site.baseURL + SitePaths.product(p.slug))
        var excerpt: String?
        if case .string(let made)? = fields["excerpt"] { excerpt = made }
        fields["jsonld"] = .string(ProductJSONLD.json(p, site: site, excerpt: excerpt))
        return .object(fields)
    }

    private static func cardFields(_ p: Product, parts: CardParts) -> TemplateObject {
        [
            "name": .string(p.name), "slug": .string(p.slug), "url": .string(SitePaths.link(SitePaths.product(p.slug))),
            "producer": .string(p.producer),
            "stars": .integer(p.stars),
            "stars_full": .string(String(repeating: "★", count: p.stars)),
            "stars_empty": .string(String(repeating: "☆", count: max(0, 5 - p.stars))),
            "district": parts.district(p.district),
            "group": parts.group(p.group),
            "product_set": parts.productSet(p.productSet),
            "summary": .string(p.summary),
            "excerpt": .string(Excerpt.of(p.summary)),
            "image": images(p).first ?? .null,
            "price": .text(p.price),
            "certificate": .object([
                "number": .string(p.certificate.number),
                "issued": .string(p.certificate.issued.vietnamese), "issued_iso": .string(p.certificate.issued.iso),
                "valid_until": .string(p.certificate.validUntil.vietnamese), "valid_until_iso": .string(p.certificate.validUntil.iso),
                "year": .integer(p.certificate.issued.year),
                "expired": .bool(p.certificate.expired),
                "authority": .flags(p.certificate.authority, of: CertifyingLevel.self),
            ]),
        ]
    }

    private static func images(_ p: Product) -> [TemplateValue] {
        let folder = SitePaths.product(p.slug)
        return p.images.filter { !$0.inBodyOnly }.map { image in
            .object(["src": .string(folder + image.outputName), "alt": .string(image.alt)])
        }
    }

    /// Width of a score bar, as a CSS percentage with one decimal.
    static func percent(_ value: Double, of max: Double) -> String {
        guard max > 0 else { return "0" }
        return NumberText.plain((Swift.min(1, Swift.max(0, value / max)) * 1000).rounded() / 10)
    }

    /// "0290 3000 122" → "+842903000122", so phones can call it.
    static func telLink(_ phone: String) -> String {
        // Bytes, not Characters: breaking the text into graphemes took about 2 µs a product.
        var digits = phone.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if digits.first == UInt8(ascii: "0") { digits.replaceSubrange(0..<1, with: "+84".utf8) }
        return String(decoding: digits, as: UTF8.self)
    }
}
