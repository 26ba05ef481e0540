import CatalogueKit

/// One fuzz input as a page body through libcmark, in safe mode and with `unsafe_html: true`.
/// In safe mode the HTML must hold only the elements and attributes cmark itself writes.
public enum MarkdownHarness {
    public static func run(_ bytes: [UInt8]) -> [String] {
        // As a page body is: decoded (BOM dropped, line endings made LF), or refused.
        guard case .success(let source) = SourceDecoder.decode(bytes, path: "fuzz.md") else { return [] }
        var violations: [String] = []
        for unsafe in [false, true] {
            let collector = DiagnosticCollector()
            let document = MarkdownRenderer.render(source.text, bodyFirstLine: 1, source: source, unsafeHTML: unsafe, into: collector)
            violations += PositionCheck.violations(collector.diagnostics, in: source)
            if !unsafe { violations += HTMLShape.violations(document.html) }
        }
        return violations
    }
}
