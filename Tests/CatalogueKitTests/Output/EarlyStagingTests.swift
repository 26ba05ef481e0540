import Foundation
import Testing
@testable import CatalogueKit

@Suite struct EarlyStagingTests {
    private func sources(_ slugs: [String]) -> [ProductSource] {
        slugs.map { ProductSource(slug: $0, path: "content/products/\($0).md", isBundle: false) }
    }

    private func stagingFolders(_ site: SiteBuild) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public.staging-") }
    }

    /// Listed product pages get their folders before any page is read; a build that fails
    /// then removes them with the staging folder.
    @Test func productFoldersAreMadeAheadAndDiscardedWithAFailedBuild() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let early = EarlyStaging(project: site.project, keepSpare: true, sources: sources(["a", "b", "c"]), safety: Concurrently { nil })
        early.finish()
        let staging = try #require(early.value)
        let made = try FileManager.default.contentsOfDirectory(atPath: staging.folder.appendingPathComponent("products").path)
        #expect(Set(made) == ["a", "b", "c"])
        early.discard()
        #expect(try stagingFolders(site).isEmpty)
    }

    /// Many folders made for a build that failed leave their name at once and are removed (by a
    /// background process, so the failed build does not wait for it); nothing is left behind.
    @Test func manyFoldersOfAFailedBuildLeaveTheirNameAtOnceAndAreRemoved() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let slugs = (0..<EarlyStaging.removedInBackgroundFrom).map { "p\($0)" }
        let early = EarlyStaging(project: site.project, keepSpare: true, sources: sources(slugs), safety: Concurrently { nil })
        early.finish()
        let staging = try #require(early.value)
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging.folder.appendingPathComponent("products").path).count == slugs.count)
        early.discard()
        #expect(!FileManager.default.fileExists(atPath: staging.folder.path))
        func left() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public.") } }
        let deadline = Date().addingTimeInterval(30)
        while try !left().isEmpty, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try left().isEmpty)
    }

    /// Nothing is made beside an output folder the safety check refused.
    @Test func nothingIsMadeBesideAnUnsafeOutput() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let refused = Diagnostic.error("output.unsafe", "refused", at: SourceLocation(path: "public"))
        let early = EarlyStaging(project: site.project, keepSpare: true, sources: sources(["a"]), safety: Concurrently { refused })
        early.finish()
        #expect(early.value == nil)
        #expect(try stagingFolders(site).isEmpty)
        early.discard()
    }

    /// A folder made ahead for a page the site turns out not to have does not reach the output;
    /// the site's other folders are listed again without being made twice.
    @Test func foldersMadeAheadForPagesTheSiteLacksArePruned() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        var staging = try OutputStaging(project: site.project)
        defer { staging.abandon() }
        try staging.makeDirectoriesAhead(for: ["products/a/index.html", "products/gone/index.html"])
        staging.makeLeafFolders()
        let paths = ["index.html", "products/a/index.html", "districts/x/index.html"]
        try staging.makeDirectories(for: paths)
        staging.makeLeafFolders()
        for path in paths { try staging.write(Array(path.utf8), to: path) }
        staging.prune(keeping: Set(paths))
        let folder = staging.folder
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("products").path) == ["a"])
        for path in paths {
            #expect(try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) == path)
        }
    }

    /// The whole pipeline: a cold build whose pages fail leaves no staging folder behind, and a
    /// cold build that passes gives the same site as one made with a spare to start from.
    @Test func aColdBuildThatFailsLeavesNothingAndOneThatPassesMatchesAWarmOne() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        let page = try #require(FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("content/products").path).sorted().first { $0.hasSuffix(".md") })
        let file = site.root.appendingPathComponent("content/products/\(page)")
        let text = try String(contentsOf: file, encoding: .utf8)
        let broken = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("stars:") ? "stars: 9" : $0 }
        try broken.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(site.build().diagnostics.hasErrors)
        #expect(try stagingFolders(site).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(!site.build().diagnostics.hasErrors)
        let cold = try Tree.read(site.output)
        #expect(FileManager.default.fileExists(atPath: OutputStaging.spare(of: site.output).path) == false)
        // The second build replaces the first, which becomes the spare the third starts from.
        for _ in 0..<2 {
            #expect(!site.build().diagnostics.hasErrors)
            #expect(FileManager.default.fileExists(atPath: OutputStaging.spare(of: site.output).path))
            #expect(try Tree.read(site.output) == cold)
        }
        #expect(try stagingFolders(site).isEmpty)
    }
}
