import CatalogueKit

/// One fuzz input read as a product page (decode, split, YAML with its guards, typed fields),
/// then as `site.yml` and as `scoring-models.yml`: every reader of YAML the project has.
public enum FrontMatterHarness {
    /// The broken invariants, if any (a crash or hang shows as itself).
    public static func run(_ bytes: [UInt8]) -> [String] {
        let source: SourceText
        switch PageReader.decode(bytes, path: "fuzz.md") {
        case .failure(let diagnostic):
            // Refused before parsing (bad UTF-8, a control character, too large): the place is
            // that of the first bad byte, inside the file.
            let whole = SourceText(path: "fuzz.md", text: String(decoding: bytes, as: UTF8.self))
            let at = diagnostic.location?.position ?? SourcePosition(line: 0, column: 0)
            return at.line >= 1 && at.line <= whole.lineCount + bytes.count(where: { $0 == 0x0D }) && at.column >= 1
                ? [] : ["[\(diagnostic.code)] at \(at.line):\(at.column)"]
        case .success(let text):
            source = text
        }
        var violations: [String] = []
        // The fast YAML reader must read whatever it accepts exactly as Yams does.
        for yaml in [source.text] + ((try? FrontMatterSplitter.split(source).get()).map { [$0.yaml] } ?? []) {
            if let difference = YAMLCrossCheck.disagreement(yaml) { violations.append("fast YAML reader differs from Yams: \(difference)") }
        }
        let page = DiagnosticCollector()
        let decoded = PageReader.frontMatter(of: source, into: page)
        violations += PositionCheck.violations(page.diagnostics, in: source)
        if decoded == nil && !page.hasErrors { violations.append("a page was refused without an error") }

        let site = DiagnosticCollector()
        let config = SiteConfigDecoder.decode(source, into: site)
        violations += PositionCheck.violations(site.diagnostics, in: source)
        if config == nil && !site.hasErrors { violations.append("site.yml was refused without an error") }

        var models: [Diagnostic] = []
        _ = ScoringModelLoader.decode(source, into: &models)
        violations += PositionCheck.violations(models, in: source)
        return violations
    }
}
