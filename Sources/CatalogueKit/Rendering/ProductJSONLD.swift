/// schema.org `Product` data for a product page, as JSON safe to embed in a `<script>` element.
enum ProductJSONLD {
    /// `excerpt`: the summary's excerpt when the caller has it already (the card has).
    static func json(_ p: Product, site: SiteConfig, excerpt: String? = nil) -> String {
        let permalink = site.baseURL + SitePaths.product(p.slug)
        var json = JSONWriter(scriptSafe: true, capacity: 1024)
        json.beginObject()
        json.field("@context", "https://schema.org")
        json.field("@type", "Product")
        json.field("name", p.name)
        json.field("url", permalink)
        if !p.summary.isEmpty { json.field("description", excerpt ?? Excerpt.of(p.summary)) }
        json.field("category", p.productSet.name)
        json.field("award", "OCOP \(p.stars)★ (\(p.certificate.issued.year))")
        let images = p.images.filter { !$0.inBodyOnly }
        if !images.isEmpty {
            json.key("image")
            json.beginArray()
            for image in images { json.string(permalink + image.outputName) }
            json.endArray()
        }
        json.key("brand")
        json.beginObject()
        json.field("@type", "Brand")
        json.field("name", p.producer)
        json.endObject()
        json.key("manufacturer")
        json.beginObject()
        json.field("@type", "Organization")
        json.field("name", p.producer)
        if let address = p.contact.address { json.field("address", address) }
        json.endObject()
        json.key("additionalProperty")
        json.beginArray()
        json.beginObject()
        json.field("@type", "PropertyValue")
        json.field("name", "OCOP")
        json.field("value", p.stars)
        json.endObject()
        json.beginObject()
        json.field("@type", "PropertyValue")
        json.field("name", "certificate")
        json.field("value", p.certificate.number)
        json.endObject()
        json.endArray()
        json.endObject()
        return json.text
    }
}
