import Foundation
/// Reads `content/site.yml`.
public enum SiteConfigDecoder {
    public static let fields = ["title", "language", "base_url", "description", "sample_data", "unsafe_html",
                                "per_page", "expired", "timezone", "districts", "programme", "max_output_bytes"]

    public static func decode(_ source: SourceText, into collector: DiagnosticCollector) -> SiteConfig? {
        let yaml = YAMLSource(source: source, yaml: source.text, firstLine: 1)
        guard let root = yaml.compose(into: collector) else {
            if !collector.hasErrors {
                collector.add(source.diagnostic(.error, "site.empty", "site.yml is empty: it needs at least title, base_url and districts", at: .start))
            }
            return nil
        }
        guard let site = MappingReader(root, yaml: yaml, collector: collector, path: "", allowed: fields) else { return nil }
        let title = site.string("title", required: true, maxLength: 300)
        let language = site.string("language", maxLength: 35)
        let baseURL = site.string("base_url", required: true, maxLength: 500)
        if let baseURL, !isBaseURL(baseURL.value) {
            collector.add(source.diagnostic(.error, "site.base-url", "base_url must be an absolute http(s) address with a host, ending with '/', without spaces, quotes or angle brackets; found \"\(baseURL.value)\"", at: baseURL.position))
        }
        if let language, !isLanguageTag(language.value) {
            collector.add(source.diagnostic(.error, "field.invalid", "language must be a language tag such as vi or en, found \"\(language.value)\"", at: language.position))
        }
        let perPage = site.integer("per_page")
        if let perPage, !(1...10_000).contains(perPage.value) {
            collector.add(source.diagnostic(.error, "field.invalid", "per_page must be between 1 and 10000, found \(perPage.value)", at: perPage.position))
        }
        let maxOutput = site.integer("max_output_bytes")
        if let maxOutput, maxOutput.value < 1 << 20 {
            collector.add(source.diagnostic(.error, "field.invalid", "max_output_bytes must be at least 1048576 (1 MiB), found \(maxOutput.value)", at: maxOutput.position))
        }
        let districts = decodeDistricts(site)
        var config = SiteConfig(
            title: title?.value ?? "", language: language?.value ?? "vi", baseURL: baseURL?.value ?? "",
            description: site.string("description")?.value,
            sampleData: site.bool("sample_data")?.value ?? false, unsafeHTML: site.bool("unsafe_html")?.value ?? false,
            perPage: perPage?.value ?? 48, expired: site.choice("expired", as: SiteConfig.ExpiredPolicy.self)?.value ?? .notice,
            timezone: site.string("timezone")?.value ?? "Asia/Ho_Chi_Minh",
            districts: districts, programme: site.mapping("programme", allowed: ["target", "baseline"]).map(decodeProgramme))
        config.maxOutputBytes = maxOutput?.value ?? SiteConfig.defaultMaxOutputBytes
        if site.node("districts") == nil { site.missing("districts", hint: "list the district-level units as - {id: tp-ca-mau, name: \"Thành phố Cà Mau\"}") }
        return collector.hasErrors ? nil : config
    }

    private static func decodeDistricts(_ site: MappingReader) -> [SiteConfig.District] {
        guard let items = site.sequence("districts") else { return [] }
        var seen: [String: SourcePosition] = [:]
        return items.enumerated().compactMap { index, item in
            guard let entry = MappingReader(item, yaml: site.yaml, collector: site.collector, path: "districts[\(index + 1)]", allowed: ["id", "name"]),
                  let id = entry.string("id", required: true, maxLength: 100), let name = entry.string("name", required: true, maxLength: 200) else { return nil }
            if !VietnameseText.isSlug(id.value) {
                site.collector.add(site.yaml.source.diagnostic(.error, "site.district-id", "district id \"\(id.value)\" must be lowercase ASCII letters, digits and hyphens", at: id.position,
                                                               notes: ["for example: \(VietnameseText.slug(name.value))"]))
            }
            for key in [id.value, VietnameseText.fold(name.value)] {
                if let earlier = seen[key] {
                    site.collector.add(site.yaml.source.diagnostic(.error, "site.duplicate-district", "district \"\(name.value)\" (\(id.value)) is listed twice", at: id.position,
                                                                   notes: ["first listed at line \(earlier.line)"]))
                    return nil
                }
                seen[key] = id.position
            }
            return SiteConfig.District(id: id.value, name: name.value, position: id.position)
        }
    }

    private static func decodeProgramme(_ reader: MappingReader) -> SiteConfig.Programme {
        let target = reader.mapping("target", allowed: ["period", "products", "five_star", "three_to_four_star", "organisations"]).map {
            SiteConfig.Programme.Target(
                period: $0.string("period")?.value ?? "", products: nonNegative($0, "products"), fiveStar: nonNegative($0, "five_star"),
                threeToFourStar: nonNegative($0, "three_to_four_star"), organisations: nonNegative($0, "organisations"))
        }
        let baseline = reader.mapping("baseline", allowed: ["period", "products", "four_star"]).map {
            SiteConfig.Programme.Baseline(period: $0.string("period")?.value ?? "", products: nonNegative($0, "products"), fourStar: nonNegative($0, "four_star"))
        }
        return SiteConfig.Programme(target: target, baseline: baseline)
    }

    private static func nonNegative(_ reader: MappingReader, _ key: String) -> Int? {
        guard let value = reader.integer(key) else { return nil }
        if value.value < 0 {
            reader.collector.add(reader.yaml.source.diagnostic(.error, "field.invalid", "'\(reader.qualified(key))' cannot be negative", at: value.position))
            return nil
        }
        return value.value
    }

    /// An absolute http(s) address with a host, ending with '/', and none of the characters a URL
    /// cannot hold (space, quotes, angle brackets): it is written into every page, feed and sitemap.
    private static func isBaseURL(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), text.hasSuffix("/"),
              !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || "\"'<>\\^`{|}".unicodeScalars.contains($0) }),
              let host = URLComponents(string: text)?.host, !host.isEmpty else { return false }
        return true
    }

    private static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
            && parts[0].allSatisfy(\.isLetter)
    }
}
