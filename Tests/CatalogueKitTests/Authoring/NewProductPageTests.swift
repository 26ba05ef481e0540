import Foundation
import Testing
@testable import CatalogueKit

/// The archetype is rendered with values quoted for YAML, so any name reads back as typed.
struct NewProductPageTests {
    static let archetype = try! String(contentsOf: SiteBuild.repositoryTemplates.appendingPathComponent("archetypes/product.md"), encoding: .utf8)

    @Test(arguments: ["Mắm \"Bà Ba\" loại 1: đặc biệt #1", "C:\\ống\tnước", "yes", "- [a] {b}", "Tôm khô\u{2028}Cà Mau"])
    func anyNameReadsBackAsTyped(name: String) throws {
        let page = NewProductPage(name: name, issued: LocalDate(iso: "2026-11-29")!)
        let text = try page.render(archetype: Self.archetype).get().replacingOccurrences(of: ": \"\"\n", with: ": \"x\"\n")
        let source = try PageReader.decode(Array(text.utf8), path: page.path).get()
        let collector = DiagnosticCollector()
        let decoded = PageReader.frontMatter(of: source, into: collector)
        #expect(collector.diagnostics.isEmpty, "\(collector.diagnostics)")
        #expect(decoded?.0.name.value == name)
    }

    @Test func aNameWithoutLettersIsRefused() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let result = NewProductPage(name: "★ ★ ★", issued: LocalDate(iso: "2026-11-29")!).create(in: site.project)
        guard case .failure(let diagnostic) = result else { Issue.record("created \(result)"); return }
        #expect(diagnostic.code == "new.invalid-name")
    }

    @Test func aMistakeInTheArchetypeIsPositioned() throws {
        let page = NewProductPage(name: "Cá khô", issued: LocalDate(iso: "2026-11-29")!)
        guard case .failure(let diagnostic) = page.render(archetype: "---\nname: {{{nmae}}}\n---\n") else { Issue.record("rendered"); return }
        #expect(diagnostic.location == SourceLocation(path: "templates/archetypes/product.md", line: 2, column: 7))
    }
}
