/// Rule 6: a page's district is a district of `site.yml`, by id or by name, whatever the case,
/// diacritics or Unicode normalisation the author typed.
struct DistrictMatcher: Sendable {
    private let byKey: [String: SiteConfig.District]
    private let districts: [SiteConfig.District]

    init(_ districts: [SiteConfig.District]) {
        self.districts = districts
        var keys: [String: SiteConfig.District] = [:]
        for district in districts {
            keys[VietnameseText.fold(district.id)] = district
            keys[VietnameseText.fold(district.name)] = district
            keys[VietnameseText.slug(district.name)] = district
        }
        byKey = keys
    }

    func match(_ written: String) -> SiteConfig.District? {
        byKey[VietnameseText.fold(written)] ?? byKey[VietnameseText.slug(written)]
    }

    /// The district whose name or id is closest to what was written.
    func closest(to written: String) -> SiteConfig.District? {
        guard let name = Suggestion.closest(to: written, in: districts.map(\.name) + districts.map(\.id)) else { return nil }
        return districts.first { $0.name == name || $0.id == name }
    }

    func validate(_ district: Located<String>, in source: SourceText, into collector: DiagnosticCollector) -> SiteConfig.District? {
        if let match = match(district.value) { return match }
        var notes = ["districts of site.yml: " + districts.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")]
        if let guess = closest(to: district.value) { notes.insert("did you mean \"\(guess.name)\" (\(guess.id))?", at: 0) }
        collector.add(source.diagnostic(.error, "district.unknown", "\"\(district.value)\" is not a district of site.yml", at: district.position, notes: notes))
        return nil
    }
}
