import Foundation
@testable import CatalogueKit

/// A fixture site's content plus the repository's templates, built into a temporary output.
struct SiteBuild {
    static let repositoryTemplates = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates")

    let root: URL
    var output: URL { root.appendingPathComponent("public") }

    init(source: URL? = nil, content: URL? = nil, templates: URL = SiteBuild.repositoryTemplates) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if let content = content ?? source?.appendingPathComponent("content") {
            try Fixtures.copyTree(content, to: root.appendingPathComponent("content"))
        }
        try Fixtures.copyTree(templates, to: root.appendingPathComponent("templates"))
    }

    var project: Project { Project(root: root) }

    func build(asOf: String = "2026-11-29", output: URL? = nil, force: Bool = false) -> BuildResult {
        var project = self.project
        if let output { project.outputDirectory = output }
        return Pipeline(project: project, options: BuildOptions(asOf: LocalDate(iso: asOf)!)).build(force: force)
    }

    func remove() { Fixtures.removeTree(root) }
}

/// A folder as a map of relative path to bytes.
enum Tree {
    static func read(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        for case let path as String in walker {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    static func write(_ files: [String: Data], to folder: URL) throws {
        for (path, data) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}
