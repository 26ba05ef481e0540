import Testing
@testable import CatalogueKit

@Suite struct MarkdownRendererTests {
    private func render(_ body: String, unsafe: Bool = false, firstLine: Int = 10) -> (MarkdownDocument, [Diagnostic]) {
        let prefix = String(repeating: "x\n", count: firstLine - 1)
        let source = SourceText(path: "p.md", text: prefix + body)
        let collector = DiagnosticCollector()
        let doc = MarkdownRenderer.render(body, bodyFirstLine: firstLine, source: source, unsafeHTML: unsafe, into: collector)
        return (doc, collector.diagnostics)
    }

    @Test func omitsRawHTMLAndDangerousLinksByDefault() {
        let (doc, findings) = render("Tôm khô ngon.\n\n<script>alert('x')</script>\n\n[Đặt hàng](javascript:alert(1)) và ![ảnh](data:text/html,x)\n")
        #expect(!doc.html.contains("<script"))
        #expect(doc.html.contains("<!-- raw HTML omitted -->"))
        #expect(!doc.html.contains("javascript:"))
        #expect(doc.html.contains("<a href=\"\">Đặt hàng</a>"))
        #expect(!doc.html.contains("data:text/html"))
        #expect(findings.map(\.code) == ["markdown.raw-html", "markdown.unsafe-link", "markdown.unsafe-link"])
        // Lines map back past the front matter: the script block is body line 3, file line 12.
        #expect(findings[0].location == SourceLocation(path: "p.md", line: 12, column: 1))
        #expect(findings[1].location?.line == 14)
    }

    /// Found by the malformed-input corpus: every node's column was counted from the start of its
    /// line, so 100,000 emphasis markers on one line took half a minute. Columns stay exact.
    @Test(.timeLimit(.minutes(1))) func longLinesOfMarkersRenderQuicklyWithExactColumns() {
        let clock = ContinuousClock()
        let line = String(repeating: "*ấ", count: 50_000) + " [x](javascript:y)\n"
        var findings: [Diagnostic] = []
        let elapsed = clock.measure { findings = render(String(repeating: "*", count: 100_000) + "\n\n" + line).1 }
        #expect(elapsed < .seconds(5), "\(elapsed)")
        #expect(findings.map(\.code) == ["markdown.unsafe-link"])
        #expect(findings.first?.location == SourceLocation(path: "p.md", line: 12, column: 100_002))
    }

    /// `check` walks the tree without rendering HTML: the findings, summary and references
    /// must be exactly those of a full render.
    @Test func walkingWithoutHTMLFindsTheSameAsRendering() {
        let body = "Tôm *khô* ngon.\n\n<b>x</b> ![ảnh](images/a.png) [web](https://example.vn) [x](javascript:y)\n"
        let source = SourceText(path: "p.md", text: body)
        let full = DiagnosticCollector(), walked = DiagnosticCollector()
        let rendered = MarkdownRenderer.render(body, bodyFirstLine: 1, source: source, unsafeHTML: false, into: full)
        let walk = MarkdownRenderer.render(body, bodyFirstLine: 1, source: source, unsafeHTML: false, html: false, into: walked)
        #expect(walk.html.isEmpty)
        #expect(!rendered.html.isEmpty)
        #expect(walk.summary == "Tôm khô ngon.")
        #expect(walk.summary == rendered.summary)
        #expect(walk.references.map(\.url) == ["images/a.png", "https://example.vn", "javascript:y"])
        #expect(walk.references.map(\.url) == rendered.references.map(\.url))
        #expect(walked.diagnostics.map(\.code) == ["markdown.raw-html", "markdown.raw-html", "markdown.unsafe-link"])
        #expect(walked.diagnostics.map(\.location) == full.diagnostics.map(\.location))
    }

    @Test func unsafeHTMLKeepsRawHTMLWhenTheSiteAllowsIt() {
        let (doc, findings) = render("<div class=\"x\">Tôm</div>\n", unsafe: true)
        #expect(doc.html.contains("<div class=\"x\">Tôm</div>"))
        #expect(findings.isEmpty)
    }

    @Test func inlineColumnsAreCountedInScalars() throws {
        let (_, findings) = render("Mô tả đặc sản <b>x</b>\n", firstLine: 1)
        let d = try #require(findings.first)
        #expect(d.location == SourceLocation(path: "p.md", line: 1, column: 15))
    }

    @Test func summaryIsTheFirstParagraphAsText() {
        let (doc, _) = render("## Đặc điểm\n\nTôm *khô* Rạch Gốc,\nphơi `nắng`.\n\nĐoạn hai.\n")
        #expect(doc.summary == "Tôm khô Rạch Gốc, phơi nắng.")
    }

    @Test func collectsLocalReferences() {
        let (doc, _) = render("![Gói bánh](banh.svg) [web](https://example.vn)\n")
        #expect(doc.references.map(\.url) == ["banh.svg", "https://example.vn"])
        #expect(doc.references.map(\.isImage) == [true, false])
    }
}
