import Foundation
import Testing
@testable import CatalogueKit

@Suite struct LeafFoldersTests {
    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-leaves-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("products"), withIntermediateDirectories: true)
        return folder
    }

    private func contents(_ folder: URL) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    }

    /// The maker and the writers run at once, as in a build: every folder exists once the
    /// writers are done, and every file is where it belongs, whoever made its folder.
    @Test func theMakerAndTheWritersTogetherMakeEveryFolder() throws {
        let site = try SiteBuild(source: Fixtures.root.appendingPathComponent("sites/basic"))
        defer { site.remove() }
        var staging = try OutputStaging(project: site.project)
        defer { staging.abandon() }
        let paths = ["index.html"] + (0..<400).map { "products/p\($0)/index.html" }
        try staging.makeDirectories(for: paths)
        #expect(contents(staging.folder.appendingPathComponent("products")).isEmpty)
        let ready = staging
        let maker = Concurrently { ready.makeLeafFolders() }
        // Newest first: the writers meet folders the maker has not reached.
        let failures = paths.reversed().parallelMap { path -> String? in
            do throws(OutputError) { try ready.write(Array(path.utf8), to: path); return nil } catch { return "\(error)" }
        }
        _ = maker.value
        #expect(failures.compactMap { $0 }.isEmpty)
        #expect(contents(staging.folder.appendingPathComponent("products")) == Set((0..<400).map { "p\($0)" }))
        for path in paths {
            #expect(try String(contentsOf: staging.folder.appendingPathComponent(path), encoding: .utf8) == path)
        }
    }

    /// A folder the maker cannot make is not marked as made, so its writer tries again and
    /// reports the failure with the folder's path, instead of writing into a folder that is not there.
    @Test func aFolderTheMakerCouldNotMakeIsReportedByItsWriter() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        // No file system takes a name this long (ENAMETOOLONG), whoever tries.
        let tooLong = "products/" + String(repeating: "a", count: 300)
        let leaves = LeafFolders(["products/a", tooLong, "products/b"], in: try FolderHandle(root))
        leaves.makeAll()
        #expect(contents(root.appendingPathComponent("products")) == ["a", "b"])
        try leaves.ensure("products/a")
        let error = #expect(throws: OutputError.self) { try leaves.ensure(tooLong) }
        #expect(error?.path == tooLong)
        #expect(error?.reason.contains("cannot create folder") == true)
        // Folders that are not leaves are someone else's to make.
        try leaves.ensure("districts")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("districts").path))
    }

    /// A stopped maker makes nothing more; the writers still make their own folders.
    @Test func aStoppedMakerMakesNothingMore() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let leaves = LeafFolders(["products/a", "products/b"], in: try FolderHandle(root))
        leaves.stop()
        leaves.makeAll()
        #expect(contents(root.appendingPathComponent("products")).isEmpty)
        try leaves.ensure("products/b")
        #expect(contents(root.appendingPathComponent("products")) == ["b"])
    }

    /// Each folder is made once: after the maker, the writers find every folder marked and
    /// make none, so a folder removed behind their back stays removed.
    @Test func writersDoNotRemakeWhatTheMakerMade() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let leaves = LeafFolders(["products/a", "products/b"], in: try FolderHandle(root))
        leaves.makeAll()
        try FileManager.default.removeItem(at: root.appendingPathComponent("products/a"))
        try leaves.ensure("products/a")
        #expect(contents(root.appendingPathComponent("products")) == ["b"])
        // Without the maker, a writer makes its own folder.
        let fresh = LeafFolders(["products/c"], in: try FolderHandle(root))
        try fresh.ensure("products/c")
        #expect(contents(root.appendingPathComponent("products")) == ["b", "c"])
    }
}
