import Foundation
import Testing
@testable import CatalogueKit

/// After every kind of edit, a build that uses the cache and the spare site gives exactly the
/// bytes of a clean build.
@Suite(.serialized) struct IncrementalBuildTests {
    private func cleanTree(_ site: SiteBuild) throws -> [String: Data] {
        let clean = site.root.appendingPathComponent("clean-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clean) }
        var project = site.project
        project.outputDirectory = clean
        let result = Pipeline(project: project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)).build(useCache: false)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())")
        return try Tree.read(clean)
    }

    private func incremental(_ site: SiteBuild) -> BuildResult {
        Pipeline(project: site.project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)).build(useCache: true)
    }

    private func edit(_ site: SiteBuild, _ path: String, _ change: (String) -> String) throws {
        let url = site.root.appendingPathComponent(path)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    private func expectSameAsClean(_ site: SiteBuild, _ step: String) throws {
        let result = incremental(site)
        #expect(!result.diagnostics.hasErrors, "\(step): \(result.diagnostics.sorted.map { DiagnosticFormatter.text($0) }.joined())")
        let actual = try Tree.read(site.output), expected = try cleanTree(site)
        #expect(actual.keys.sorted() == expected.keys.sorted(), "\(step): file lists differ")
        for path in expected.keys.sorted() where actual[path] != expected[path] {
            Issue.record("\(step): \(path) differs from a clean build")
        }
    }

    /// Stamps only key the cache: a build or check without it stats no page, and a build that
    /// keeps one stats them all, so that the next build can take every page from it.
    @Test func onlyRunsThatUseTheCacheStatThePages() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let pipeline = Pipeline(project: site.project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!))
        let uncached = pipeline.build(useCache: false)
        #expect(!uncached.diagnostics.hasErrors)
        #expect(uncached.timings.seconds("stat") == nil)
        #expect(pipeline.check(useCache: false).timings.seconds("stat") == nil)
        let cached = pipeline.build(useCache: true)
        #expect(cached.timings.seconds("stat") != nil)
        #expect(cached.pagesReused == 0)
        let again = pipeline.build(useCache: true)
        #expect(again.productCount > 0 && again.pagesReused == again.productCount)
    }

    /// Found by the crash-safety test: a build without the cache replaced public/ but left the
    /// cache's claims about it, so the next cached build with the earlier inputs linked the
    /// pages of the other build as current ("3262 unchanged") and published the wrong site.
    @Test func aBuildWithoutTheCacheInBetweenDoesNotLeaveStaleClaims() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let siteFile = "content/site.yml"
        let original = try String(contentsOf: site.root.appendingPathComponent(siteFile), encoding: .utf8)
        #expect(!incremental(site).diagnostics.hasErrors)
        try edit(site, siteFile) { $0.replacingOccurrences(of: "title: ", with: "title: Khác ") }
        let options = BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)
        #expect(!Pipeline(project: site.project, options: options).build(useCache: false).diagnostics.hasErrors)
        try original.write(to: site.root.appendingPathComponent(siteFile), atomically: true, encoding: .utf8)
        try expectSameAsClean(site, "cached build after a --no-cache build")
    }

    @Test func everyKindOfEditGivesTheBytesOfACleanBuild() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        try expectSameAsClean(site, "first build")

        let again = incremental(site)
        #expect(again.pagesReused == 4)
        #expect(again.filesReused == again.filesWritten)
        try expectSameAsClean(site, "no change")

        let p = "content/products/"
        try edit(site, p + "banh-phong-tom.md") { $0.replacingOccurrences(of: "Bánh phồng tôm Năm Căn.", with: "Bánh phồng tôm Năm Căn, giòn và thơm.") }
        try expectSameAsClean(site, "body edited")

        try edit(site, p + "banh-phong-tom.md") {
            $0.replacingOccurrences(of: "stars: 3", with: "stars: 4").replacingOccurrences(of: "{A: 25, B: 15, C: 22}", with: "{A: 30, B: 20, C: 22}")
              .replacingOccurrences(of: "authority: district", with: "authority: province")
        }
        try expectSameAsClean(site, "stars changed")

        try (try String(contentsOf: site.root.appendingPathComponent(p + "mam-ba-khia.md"), encoding: .utf8))
            .replacingOccurrences(of: "Mắm ba khía Đầm Dơi", with: "Ba khía muối Đầm Dơi")
            .write(to: site.root.appendingPathComponent(p + "ba-khia-muoi.md"), atomically: true, encoding: .utf8)
        try expectSameAsClean(site, "product added")

        try FileManager.default.removeItem(at: site.root.appendingPathComponent(p + "mam-ba-khia.md"))
        try expectSameAsClean(site, "product removed")

        try edit(site, p + "homestay-huong-tram.md") { $0.replacingOccurrences(of: "district: u-minh", with: "district: \"Năm Căn\"") }
        try expectSameAsClean(site, "district moved")

        try edit(site, p + "ca-kho/ca.svg") { $0.replacingOccurrences(of: "#c98a4b", with: "#a0522d") }
        try expectSameAsClean(site, "image changed")

        try edit(site, "content/site.yml") { $0.replacingOccurrences(of: "OCOP thử nghiệm", with: "OCOP thử nghiệm (mới)") }
        try expectSameAsClean(site, "site.yml changed")

        try edit(site, "templates/partials/footer.mustache") { $0.replacingOccurrences(of: "Sơ đồ trang", with: "Sơ đồ website") }
        try expectSameAsClean(site, "template changed")
    }

    @Test func aPageFixedByAddingItsImageIsCheckedAgain() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        try expectSameAsClean(site, "first build")
        try edit(site, "content/products/banh-phong-tom.md") { $0.replacingOccurrences(of: "stars: 3\n", with: "stars: 3\nimages:\n  - {src: banh.svg, alt: \"Bánh\"}\n") }
        let broken = incremental(site)
        #expect(broken.diagnostics.items.map(\.code).contains("image.missing"))
        // The page itself is unchanged from here on; only the image appears.
        try "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".write(to: site.root.appendingPathComponent("content/banh.svg"), atomically: true, encoding: .utf8)
        try expectSameAsClean(site, "image added")
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        try expectSameAsClean(site, "first build")
        let cache = BuildCache.file(for: site.project)
        var bytes = [UInt8](try Data(contentsOf: cache))
        // Inside a stored description: the damage is well-formed, only the checksum can tell.
        let needle = Array("Bánh phồng tôm Năm Căn.".utf8)
        let at = try #require((0..<(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle })
        bytes[at] = UInt8(ascii: "X")
        try Data(bytes).write(to: cache)
        // A template change re-renders every page from the cached products.
        try edit(site, "templates/partials/footer.mustache") { $0 + "\n" }
        try expectSameAsClean(site, "after damage")
        try Data(bytes.prefix(40)).write(to: cache)
        try expectSameAsClean(site, "after truncation")
    }

    /// A small edit copies the other products' objects of catalogue.json from the file in the
    /// output. Proven by a same-size change to that file, which only a copy carries over.
    @Test func catalogueJSONCopiesUnchangedProductsFromTheOutput() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        try expectSameAsClean(site, "first build")
        let json = site.output.appendingPathComponent("catalogue.json")
        let original = try String(contentsOf: json, encoding: .utf8)
        #expect(original.contains("\"name\": \"Mắm ba khía Đầm Dơi\""))
        // Replace the file (never write a published file in place: the spare may share it).
        try Data(original.replacingOccurrences(of: "\"name\": \"Mắm ba khía Đầm Dơi\"", with: "\"name\": \"Mắm ba khía ĐẦM Dơi\"").utf8).write(to: json, options: .atomic)
        try edit(site, "content/products/banh-phong-tom.md") { $0.replacingOccurrences(of: "Bánh phồng tôm Năm Căn.", with: "Bánh phồng tôm Năm Căn, giòn.") }
        #expect(!incremental(site).diagnostics.hasErrors)
        let spliced = try String(contentsOf: json, encoding: .utf8)
        #expect(spliced.contains("Mắm ba khía ĐẦM Dơi"), "the unchanged object was encoded again, not copied")
        #expect(spliced.contains("giòn"))
    }

    /// Copies are made only from the file the ranges describe: not after the output's file was
    /// taken from the spare (an edit undone), nor from a file whose size changed.
    @Test func catalogueJSONCopiesOnlyFromTheFileItsRangesDescribe() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        try expectSameAsClean(site, "first build")
        let page = "content/products/banh-phong-tom.md"
        let before = try String(contentsOf: site.root.appendingPathComponent(page), encoding: .utf8)
        try edit(site, page) { $0.replacingOccurrences(of: "Bánh phồng tôm Năm Căn.", with: "Bánh phồng tôm Năm Căn, một đoạn dài hơn nhiều để các vị trí dịch đi.") }
        try expectSameAsClean(site, "edited")
        try before.write(to: site.root.appendingPathComponent(page), atomically: true, encoding: .utf8)
        try expectSameAsClean(site, "edit undone (catalogue.json from the spare)")
        try edit(site, "content/products/mam-ba-khia.md") { $0.replacingOccurrences(of: "Đầm Dơi", with: "Đầm Dơi, Cà Mau") }
        try expectSameAsClean(site, "another product edited")
        let json = site.output.appendingPathComponent("catalogue.json")
        try Data(("\n" + (try String(contentsOf: json, encoding: .utf8))).utf8).write(to: json, options: .atomic)
        try edit(site, page) { $0.replacingOccurrences(of: "Bánh phồng tôm Năm Căn.", with: "Bánh phồng tôm.") }
        try expectSameAsClean(site, "after the published file grew")
    }
}
