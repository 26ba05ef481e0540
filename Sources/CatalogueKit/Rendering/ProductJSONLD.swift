import Foundation

/// schema.org `Product` data for a product page, as JSON safe to embed in a `<script>` element.
enum ProductJSONLD {
    static func json(_ p: Product, site: SiteConfig) -> String {
        let permalink = site.baseURL + SitePaths.product(p.slug)
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Product",
            "name": p.name,
            "url": permalink,
            "category": p.productSet.name,
            "award": "OCOP \(p.stars)★ (\(p.certificate.issued.year))",
            "brand": ["@type": "Brand", "name": p.producer],
            "manufacturer": ["@type": "Organization", "name": p.producer] as [String: Any],
        ]
        if !p.summary.isEmpty { object["description"] = p.summary }
        let images = p.images.filter { !$0.inBodyOnly }.map { permalink + $0.outputName }
        if !images.isEmpty { object["image"] = images }
        if let address = p.contact.address {
            object["manufacturer"] = ["@type": "Organization", "name": p.producer, "address": address]
        }
        object["additionalProperty"] = [
            ["@type": "PropertyValue", "name": "OCOP", "value": p.stars],
            ["@type": "PropertyValue", "name": "certificate", "value": p.certificate.number],
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return scriptSafe(String(decoding: data, as: UTF8.self))
    }

    /// `<`, `>` and `&` as JSON escapes, so no value can close the script element or open a comment.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
    }
}
