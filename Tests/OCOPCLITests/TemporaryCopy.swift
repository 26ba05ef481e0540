import Foundation

/// A throwaway copy of a folder (the project's own content/ and templates/, usually).
struct TemporaryCopy {
    let root: URL

    init(of folders: [String] = ["content", "templates"], from source: URL = OCOPBinary.repositoryRoot) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in folders {
            try FileManager.default.copyItem(at: source.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url(path), atomically: true, encoding: .utf8)
    }

    /// Replaces the first occurrence of `old` in a file; fails loudly if it is not there.
    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        guard let range = text.range(of: old) else { throw EditError(path: path, text: old) }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    struct EditError: Error { let path: String, text: String }
}
