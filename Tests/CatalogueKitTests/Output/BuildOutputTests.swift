import Foundation
import Testing
@testable import CatalogueKit

@Suite struct BuildOutputTests {
    static let sampleContent = SiteBuild.repositoryTemplates.deletingLastPathComponent().appendingPathComponent("content")

    @Test func twoBuildsOfTheSampleCatalogueAreByteIdentical() throws {
        let site = try SiteBuild(content: Self.sampleContent)
        defer { site.remove() }
        let first = site.root.appendingPathComponent("one"), second = site.root.appendingPathComponent("two")
        #expect(!site.build(output: first).diagnostics.hasErrors)
        #expect(!site.build(output: second).diagnostics.hasErrors)
        let a = try Tree.read(first), b = try Tree.read(second)
        #expect(a.count > 60)
        #expect(a == b)
    }

    /// `check` leaves descriptions to be rendered when asked (its sample pages): they must be
    /// what a build renders.
    @Test func checkMakesTheSameDescriptionsAsABuildWhenAsked() throws {
        let site = try SiteBuild(content: Self.sampleContent)
        defer { site.remove() }
        let checked = try #require(site.checkCatalogue())
        var project = site.project
        project.outputDirectory = site.root.appendingPathComponent("unused")
        var timings = StageTimings()
        let built = try #require(Pipeline(project: project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)).prepare(timings: &timings).catalogue)
        #expect(checked.products.count == built.products.count)
        #expect(checked.products.filter { $0.descriptionHTML.contains("<h3>") }.count > 10)
        for (a, b) in zip(checked.products, built.products) {
            #expect(a.slug == b.slug)
            #expect(a.descriptionHTML == b.descriptionHTML, "\(a.slug)")
        }
    }

    @Test func sampleSiteHasAPageForEveryProductDistrictStarAndGroup() throws {
        let site = try SiteBuild(content: Self.sampleContent)
        defer { site.remove() }
        let result = site.build()
        let files = Set(try Tree.read(site.output).keys)
        let catalogue = try #require(site.checkCatalogue())
        #expect(result.pagesWritten > 0)
        for p in catalogue.products { #expect(files.contains("products/\(p.slug)/index.html")) }
        for d in catalogue.site.districts { #expect(files.contains("districts/\(d.id)/index.html")) }
        for s in [3, 4] { #expect(files.contains("stars/\(s)/index.html")) }
        for g in ["food", "beverage", "herbal", "handicraft", "community-tourism"] { #expect(files.contains("groups/\(g)/index.html"), "\(g)") }
        for f in ["index.html", "404.html", "feed.xml", "sitemap.xml", "catalogue.json", "assets/style.css", "districts/index.html", "stars/index.html", "groups/index.html"] {
            #expect(files.contains(f), "\(f)")
        }
    }

    @Test func failedBuildLeavesThePreviousOutputExactlyAsItWas() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        #expect(!site.build().diagnostics.hasErrors)
        let before = try Tree.read(site.output)
        // A template mistake that only shows when product pages render: the build stops before writing.
        let product = site.root.appendingPathComponent("templates/product.mustache")
        try (try String(contentsOf: product, encoding: .utf8)).replacingOccurrences(of: "{{producer}}", with: "{{producr}}").write(to: product, atomically: true, encoding: .utf8)
        let failed = site.build()
        #expect(failed.diagnostics.items.contains { $0.code == "template.missing-name" })
        #expect(!failed.wrote)
        #expect(try Tree.read(site.output) == before)
    }

    @Test func writerFailingHalfWayLeavesTheOldTreeAndNoStagingFolder() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        #expect(!site.build().diagnostics.hasErrors)
        let before = try Tree.read(site.output)
        var files = (0..<500).map { OutputFile(path: "products/p\($0)/index.html", text: "new \($0)") }
        files.insert(OutputFile(path: "broken/image.png", content: .copy(site.root.appendingPathComponent("no-such-file.png"))), at: 250)
        var timings = StageTimings()
        #expect(throws: OutputError.self) { try OutputWriter(project: site.project).write(files, timings: &timings) }
        #expect(try Tree.read(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public.") }
        #expect(leftovers.isEmpty)
    }

    /// Folders that hold folders are made before writing; folders of files only are made by the
    /// writers, several of which may race for the same one.
    @Test func writersMakeTheFoldersThatHoldOnlyFiles() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        var staging = try OutputStaging(project: site.project)
        defer { staging.abandon() }
        let paths = ["index.html", "products/a/index.html", "products/a/photo.jpg", "districts/x/page/2/index.html",
                     "districts/x/index.html", "assets/style.css"]
        try staging.makeDirectories(for: paths)
        func exists(_ dir: String) -> Bool { FileManager.default.fileExists(atPath: staging.folder.appendingPathComponent(dir).path) }
        #expect(["products", "districts", "districts/x", "districts/x/page"].allSatisfy(exists))
        #expect(!["products/a", "districts/x/page/2", "assets"].contains(where: exists))
        let ready = staging
        let failures = paths.parallelMap { path -> String? in
            do throws(OutputError) { try ready.write(Array("<p>\(path)</p>".utf8), to: path); return nil } catch { return "\(error)" }
        }
        #expect(failures.compactMap { $0 }.isEmpty)
        for path in paths {
            #expect(try String(contentsOf: staging.folder.appendingPathComponent(path), encoding: .utf8) == "<p>\(path)</p>")
        }
    }

    @Test func newOutputReplacesTheOldOneAndKeepsItsReadme() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try "# public/\n".write(to: site.output.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        #expect(!site.build().diagnostics.hasErrors)
        var timings = StageTimings()
        try OutputWriter(project: site.project).write([OutputFile(path: "index.html", text: "only")], timings: &timings)
        let tree = try Tree.read(site.output)
        #expect(Set(tree.keys) == ["index.html", "README.md", ".ocop-manifest"])
        #expect(tree["README.md"] == Data("# public/\n".utf8))
    }

    @Test(arguments: [".", "content", "templates", "/", "content/products", ".."])
    func refusesOutputFoldersThatHoldTheProject(_ output: String) throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let url = output == "/" ? URL(fileURLWithPath: "/") : site.root.appendingPathComponent(output)
        let result = site.build(output: url.standardizedFileURL, force: true)
        #expect(result.diagnostics.items.map(\.code) == ["output.unsafe"])
        #expect(!result.wrote)
    }

    @Test func refusesAFolderWithForeignFilesUnlessForced() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let output = site.root.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "thesis".write(to: output.appendingPathComponent("luan-van.docx"), atomically: true, encoding: .utf8)
        let refused = site.build(output: output)
        #expect(refused.diagnostics.items.map(\.code) == ["output.foreign-files"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("luan-van.docx").path))
        #expect(!site.build(output: output, force: true).diagnostics.hasErrors)
        // After a forced build the folder is ocop's: the next build needs no force.
        #expect(!site.build(output: output).diagnostics.hasErrors)
    }

    @Test func leftoversOfAKilledBuildAreCleanedByTheNext() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let dead = site.root.appendingPathComponent(".public.staging-999999")
        try FileManager.default.createDirectory(at: dead.appendingPathComponent("products"), withIntermediateDirectories: true)
        #expect(!site.build().diagnostics.hasErrors)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
    }

    @Test func everythingUserSuppliedIsEscaped() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        #expect(!site.build().diagnostics.hasErrors)
        let page = try String(contentsOf: site.output.appendingPathComponent("products/ca-kho/index.html"), encoding: .utf8)
        #expect(!page.contains("<em>nắng"))
        #expect(page.contains("&lt;em&gt;nắng&lt;/em&gt;"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("\\u003cem\\u003e"))
    }
}

extension SiteBuild {
    func checkCatalogue() -> Catalogue? {
        Pipeline(project: project, options: BuildOptions(asOf: LocalDate(iso: "2026-11-29")!)).check().catalogue
    }
}
