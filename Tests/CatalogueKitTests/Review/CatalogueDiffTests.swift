import Testing
@testable import CatalogueKit

/// The parts of `ocop diff` that need no git: comparing two sites, and text made safe for Markdown.
struct CatalogueDiffTests {
    static let day = LocalDate(iso: "2026-11-29")!

    @Test func aChangedNumberOnTheSameDayIsACorrectionNotARenewal() throws {
        let page = TemporarySite.page()
        let before = try TemporarySite(["content/products/banh-phong-tom.md": page])
        let after = try TemporarySite(["content/products/banh-phong-tom.md": page.replacingOccurrences(of: "123/QĐ-UBND", with: "124/QĐ-UBND")])
        defer { before.remove(); after.remove() }
        let diff = CatalogueDiff(old: CatalogueSnapshot(project: before.project, asOf: Self.day), new: CatalogueSnapshot(project: after.project, asOf: Self.day))
        #expect(diff.renewals.isEmpty)
        #expect(diff.corrections.map(\.after.number) == ["124/QĐ-UBND"])
        #expect(diff.summary == "1 certificate correction")
        #expect(diff.markdown(revision: "main", commit: "abc1234").contains("""
        ### Certificates corrected (1)

        | Product | Before | After |
        |---|---|---|
        | Bánh phồng tôm Năm Căn | 123/QĐ-UBND, 2024-05-10 to 2027-05-09 | 124/QĐ-UBND, 2024-05-10 to 2027-05-09 |
        """))
    }

    @Test func findingsThatOnlyMovedAreNotNew() throws {
        let page = TemporarySite.page(TemporarySite.validFields.replacingOccurrences(of: "stars: 3", with: "stars: 2"))
        let before = try TemporarySite(["content/products/a.md": page])
        let after = try TemporarySite(["content/products/a.md": page.replacingOccurrences(of: "---\nname", with: "---\n# moved down a line\nname")])
        defer { before.remove(); after.remove() }
        let diff = CatalogueDiff(old: CatalogueSnapshot(project: before.project, asOf: Self.day), new: CatalogueSnapshot(project: after.project, asOf: Self.day))
        #expect(diff.newDiagnostics.isEmpty)
        #expect(diff.isEmpty)
    }

    @Test func markdownTextCannotBreakOut() {
        #expect(MarkdownText.escape("a|b <script> [x](y) *z*\nnext") == "a\\|b \\<script\\> \\[x\\](y) \\*z\\* next")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("`a") == "`` `a ``")
    }

    @Test func pathsFromGitStayInsideTheFolder() {
        #expect(GitRevision.isSafe("content/products/a.md"))
        for path in ["../x", "content/../../x", "/etc/passwd", "content/.git/config", "content//a", "./a"] {
            #expect(!GitRevision.isSafe(path), "\(path)")
        }
    }
}
