/// Reads a page's front matter into `ProductFrontMatter`, reporting every problem it finds.
public enum ProductDecoder {
    public static let fields = ["name", "producer", "producer_type", "district", "commune", "product_set", "stars",
                                "assessment", "certificate", "images", "price", "contact", "tags"]

    /// Nil when a required field is missing or unreadable; the reasons are in the collector.
    public static func decode(_ root: YAMLNode, yaml: YAMLSource, into collector: DiagnosticCollector) -> ProductFrontMatter? {
        guard let page = MappingReader(root, yaml: yaml, collector: collector, path: "", allowed: fields) else { return nil }
        let name = page.string("name", required: true, maxLength: 300)
        let producer = page.string("producer", required: true, maxLength: 300)
        let producerType = page.choice("producer_type", as: ProducerType.self)
        let district = page.string("district", required: true, maxLength: 200)
        let commune = page.string("commune", maxLength: 200)
        let productSet = page.string("product_set", required: true, maxLength: 200)
        let stars = page.integer("stars", required: true)
        let assessment = page.mapping("assessment", allowed: ["model", "scores", "total"]).map(decodeAssessment)
        let certificate = page.mapping("certificate", required: true, allowed: ["number", "issued", "authority"]).flatMap(decodeCertificate)
        let images = page.sequence("images").map { decodeImages($0, page: page) } ?? []
        let price = page.string("price", maxLength: 300)
        let contact = page.mapping("contact", allowed: ["phone", "email", "website", "address"]).map(decodeContact)
        let tags = page.stringList("tags")
        guard let name, let producer, let district, let productSet, let stars, let certificate else { return nil }
        return ProductFrontMatter(
            name: name, producer: producer, producerType: producerType, district: district, commune: commune,
            productSet: productSet, stars: stars, assessment: assessment, certificate: certificate,
            images: images, price: price, contact: contact, tags: tags)
    }

    private static func decodeAssessment(_ reader: MappingReader) -> ProductFrontMatter.Assessment {
        var scores: [(part: Located<String>, score: Located<Double>)] = []
        var unreadable: Set<String> = []
        if let node = reader.node("scores") {
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    let part = Located(key.string ?? "", at: reader.yaml.position(key.mark))
                    guard case .scalar(let s) = value, s.style == .plain, let score = Double(s.string), score.isFinite else {
                        reader.typeError("scores.\(part.value)", expected: "a number", found: value)
                        unreadable.insert(part.value)
                        continue
                    }
                    scores.append((part, Located(score, at: reader.yaml.position(value.mark), key: part.position)))
                }
            } else {
                reader.typeError("scores", expected: "a mapping of part scores such as {A: 30, B: 18, C: 24}", found: node)
            }
        }
        return ProductFrontMatter.Assessment(
            model: reader.string("model"), scores: scores, total: reader.number("total"),
            position: reader.yaml.position(reader.mark), unreadableParts: unreadable)
    }

    private static func decodeCertificate(_ reader: MappingReader) -> ProductFrontMatter.Certificate? {
        let number = reader.string("number", required: true, maxLength: 200)
        let issued = reader.date("issued", required: true)
        let authority = reader.choice("authority", as: CertifyingLevel.self)
        guard let number, let issued else { return nil }
        return ProductFrontMatter.Certificate(number: number, issued: issued, authority: authority,
                                              position: reader.yaml.position(reader.mark))
    }

    private static func decodeImages(_ items: [YAMLNode], page: MappingReader) -> [ProductFrontMatter.Image] {
        items.enumerated().compactMap { index, item in
            guard let image = MappingReader(item, yaml: page.yaml, collector: page.collector, path: "images[\(index + 1)]", allowed: ["src", "alt"]) else { return nil }
            let src = image.string("src", required: true, maxLength: 500)
            let alt = image.string("alt", required: true, maxLength: 500)
            guard let src, let alt else { return nil }
            return ProductFrontMatter.Image(src: src, alt: alt)
        }
    }

    private static func decodeContact(_ reader: MappingReader) -> ProductFrontMatter.Contact {
        ProductFrontMatter.Contact(
            phone: reader.string("phone", maxLength: 100), email: reader.string("email", maxLength: 200),
            website: reader.string("website", maxLength: 500), address: reader.string("address", maxLength: 500))
    }
}
