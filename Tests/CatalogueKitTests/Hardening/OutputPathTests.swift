import Foundation
import Testing
@testable import CatalogueKit

/// `-o` pointing at places a build must never replace, even with `--force`. Only the check runs
/// here (it has no side effects), so a regression cannot harm the machine running the tests.
@Suite struct OutputPathTests {
    private func refusal(_ output: String, home: String? = "/home/staff") throws -> Diagnostic? {
        let site = try TemporarySite()
        defer { site.remove() }
        let project = Project(root: site.root, output: URL(fileURLWithPath: output, relativeTo: site.root))
        return OutputSafety.check(project, force: true, home: home)
    }

    @Test(arguments: ["/", "/etc", "/usr", "/usr/bin/ocop-site", "/var", "/tmp", "/home", "/proc/self", "/etc/nginx", "/root"])
    func systemFoldersAreRefusedEvenWithForce(_ output: String) throws {
        #expect(try refusal(output)?.code == "output.unsafe", "\(output)")
    }

    @Test func theHomeFolderAndItsParentsAreRefused() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try refusal(home.path, home: home.path)?.message.contains("home folder") == true)
        #expect(try refusal(home.deletingLastPathComponent().path, home: home.path)?.code == "output.unsafe")
        #expect(try refusal(home.appendingPathComponent("site").path, home: home.path) == nil)
    }

    @Test func gitRepositoriesAreRefused() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let other = site.root.appendingPathComponent("other-project")
        try FileManager.default.createDirectory(at: other.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for output in [other, site.root.appendingPathComponent(".git/site")] {
            let result = OutputSafety.check(Project(root: site.root, output: output), force: true, home: nil)
            #expect(result?.message.contains("git") == true, "\(output.path)")
        }
    }

    @Test(arguments: ["public", "site/out", "/var/www/html", "/srv/ocop/public"])
    func ordinaryOutputFoldersAreAccepted(_ output: String) throws {
        #expect(try refusal(output) == nil, "\(output)")
    }
}
