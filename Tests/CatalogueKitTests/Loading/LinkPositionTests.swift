import Testing
@testable import CatalogueKit

/// Links are judged and placed from bytes; both must agree with the scalar-by-scalar reading
/// they replaced, on text full of Vietnamese letters and odd characters.
@Suite struct LinkPositionTests {
    private static let pieces = ["a", "Z", " ", "\t", "ạ", "Đầm", "–", "★", "😀", "e\u{301}", ":", "/", "+", "-", ".", "1", "\u{1}", "\u{85}", "JavaScript", "data"]

    private static func randomText(_ generator: inout some RandomNumberGenerator, pieces count: ClosedRange<Int>) -> String {
        (0..<Int.random(in: count, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
    }

    /// The scheme as the scalar-by-scalar code found it.
    private static func referenceScheme(_ url: String) -> String? {
        let trimmed = url.unicodeScalars.drop { $0.value <= 0x20 }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = String(String.UnicodeScalarView(trimmed[trimmed.startIndex..<colon])).lowercased()
        guard !scheme.isEmpty, scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || "0123456789+-.".unicodeScalars.contains($0)) }) else { return nil }
        return scheme
    }

    @Test func schemesAreReadAsBeforeFromBytes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let url = Self.randomText(&generator, pieces: 0...8)
            #expect(LinkSafety.scheme(of: url) == Self.referenceScheme(url), "\(url.debugDescription)")
        }
        #expect(LinkSafety.scheme(of: " \tJavaScript:alert(1)") == "javascript")
        #expect(LinkSafety.isDangerous("  JAVASCRIPT:alert(1)", isImage: false))
        #expect(!LinkSafety.isDangerous("https://example.org/a:b", isImage: false))
        #expect(LinkSafety.scheme(of: "ạ:b") == nil)
    }

    @Test func columnsFromBytesMatchColumnsFromScalars() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let lines = (0..<Int.random(in: 1...4, using: &generator)).map { _ in Self.randomText(&generator, pieces: 0...12) }
            let source = SourceText(path: "p.md", text: lines.joined(separator: "\n"))
            let columns = LineColumns(source: source)
            for (index, line) in lines.enumerated() {
                for byteColumn in 1...(line.utf8.count + 2) {
                    #expect(columns.column(line: index + 1, byteColumn: byteColumn) == source.scalarColumn(line: index + 1, byteColumn: byteColumn),
                            "line \(index + 1) \(line.debugDescription), byte column \(byteColumn)")
                }
            }
        }
    }
}
