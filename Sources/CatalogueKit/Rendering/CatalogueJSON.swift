/// `catalogue.json`: the whole validated catalogue as open data. The shape is documented in the
/// README ("Open data"); keys are snake_case, written in alphabetical order, so the file diffs cleanly.
/// Each product is a separate fragment, so an incremental build reuses the unchanged ones.
enum CatalogueJSON {
    static let path = "catalogue.json"

    /// Where each product's object lies in the file, in catalogue order, and the file's size.
    struct Layout {
        var ranges: [Range<Int>] = []
        var count = 0
    }

    /// Hands the file to `emit` piece by piece: the frame around the products, and each
    /// product's object as soon as it is made, so the objects never all sit in memory
    /// (28 MB at 20,000 products). `reusing` gives the bytes of product `i`'s object when they
    /// are known already.
    static func encode<E: Error>(_ catalogue: Catalogue, reusing: (Int) -> ArraySlice<UInt8>?,
                                 into emit: (ArraySlice<UInt8>) throws(E) -> Void) throws(E) -> Layout {
        let site = catalogue.site
        let products = catalogue.products
        // The rest of the file (districts, groups, models, and the separators between products).
        let rest = 4096 + (site.districts.count + catalogue.groupsWithProducts.count) * 128
        var json = JSONWriter(indent: true, capacity: rest + products.count * 8)
        json.beginObject()
        json.field("as_of", catalogue.asOf.iso)
        json.key("districts")
        json.beginArray()
        for d in site.districts {
            json.beginObject(); json.field("id", d.id); json.field("name", d.name); json.endObject()
        }
        json.endArray()
        json.key("groups")
        json.beginArray()
        for g in catalogue.groupsWithProducts {
            json.beginObject(); json.field("id", g.id); json.field("name", g.name); json.endObject()
        }
        json.endArray()
        json.key("models")
        json.beginArray()
        for m in catalogue.models.models {
            json.beginObject()
            json.field("decision", m.decision)
            json.field("effective_from", m.effectiveFrom.iso)
            json.field("effective_to", m.effectiveTo?.iso)
            json.field("id", m.id)
            json.key("parts")
            json.beginObject()
            for part in m.parts.sorted(by: { $0.id < $1.id }) { json.field(part.id, part.max) }
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.key("products")
        json.beginArray()
        let places = products.indices.map { _ in json.placeholder() }
        json.endArray()
        json.key("site")
        json.beginObject()
        json.field("base_url", site.baseURL)
        json.field("language", site.language)
        json.field("sample_data", site.sampleData)
        json.field("title", site.title)
        json.endObject()
        json.field("version", 1)
        json.endObject()
        json.endLine()

        let frame = json.bytes
        var layout = Layout()
        layout.ranges.reserveCapacity(products.count)
        var scratch = JSONWriter(indent: true, capacity: 4096)
        var taken = 0
        for (i, place) in places.enumerated() {
            try emit(frame[taken..<place])
            layout.count += place - taken
            taken = place
            let object: ArraySlice<UInt8>
            if let reused = reusing(i) {
                object = reused
            } else {
                writeFragment(products[i], site: site, into: &scratch)
                object = scratch.bytes[...]
            }
            try emit(object)
            layout.ranges.append(layout.count..<layout.count + object.count)
            layout.count += object.count
        }
        try emit(frame[taken...])
        layout.count += frame.count - taken
        return layout
    }

    /// One product's object, indented to sit inside `products`, in place of what `json` held
    /// (it keeps its capacity for the next product).
    static func writeFragment(_ p: Product, site: SiteConfig, into json: inout JSONWriter) {
        let url = site.baseURL + SitePaths.product(p.slug)
        json.restart()
        json.nest(depth: 2)
        json.beginObject()
        json.key("certificate")
        json.beginObject()
        json.field("authority", p.certificate.authority?.rawValue)
        json.field("expired", p.certificate.expired)
        json.field("issued", p.certificate.issued.iso)
        json.field("number", p.certificate.number)
        json.field("valid_until", p.certificate.validUntil.iso)
        json.endObject()
        json.field("commune", p.commune)
        json.key("contact")
        json.beginObject()
        json.field("address", p.contact.address)
        json.field("email", p.contact.email)
        json.field("phone", p.contact.phone)
        json.field("website", p.contact.website)
        json.endObject()
        json.field("district", p.district.id)
        json.field("group", p.group.id)
        json.key("images")
        json.beginArray()
        for image in p.images where !image.inBodyOnly {
            json.beginObject(); json.field("alt", image.alt); json.field("url", url + image.outputName); json.endObject()
        }
        json.endArray()
        json.field("model", p.model.id)
        json.field("name", p.name)
        json.field("price", p.price)
        json.field("producer", p.producer)
        json.field("producer_type", p.producerType?.rawValue)
        json.field("product_set", p.productSet.id)
        json.field("product_set_name", p.productSet.name)
        json.key("scores")
        json.beginObject()
        for score in p.scores.sorted(by: { $0.part.id < $1.part.id }) { json.field(score.part.id, score.score) }
        json.endObject()
        json.field("slug", p.slug)
        json.field("stars", p.stars)
        json.field("summary", p.summary)
        json.key("tags")
        json.beginArray()
        for tag in p.tags { json.string(tag) }
        json.endArray()
        json.field("total", p.total)
        json.field("url", url)
        json.endObject()
    }
}
