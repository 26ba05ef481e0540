import CSystem
import Foundation

/// A new site being written beside the output folder. Files go in as they are rendered (from
/// several threads); `commit` swaps the whole folder in with one atomic exchange, and anything
/// that fails leaves the previous output exactly as it was.
///
/// With `keepSpare`, the replaced site is kept beside the output as a spare, and the next build
/// starts from it: its folders exist and most of its files are current, so an incremental build
/// writes only what changed. Files in a spare may be hard links shared with the live site, so
/// they are never written in place: a changed file is written under a temporary name and
/// renamed over the old one.
public struct OutputStaging: Sendable {
    public let project: Project
    public let folder: URL
    /// Files already in the staging folder (from the spare), as the spare's manifest lists them.
    public let inherited: Set<String>
    let keepSpare: Bool
    /// `folder`, open: files and folders are made relative to it, so the kernel walks two or
    /// three names per file instead of the whole path from `/`.
    private let handle: FolderHandle
    /// Folders that hold only files, one set per `makeDirectories`, each made by
    /// `makeLeafFolders` or by the first writer into each folder.
    private var leafSets: [LeafFolders] = []
    /// The folders listed before the site's pages were known (`makeDirectoriesAhead`).
    private var ahead: LeafFolders?
    private var output: URL { project.outputDirectory }

    /// Clears what a killed build left, and starts from the spare or an empty folder.
    public init(project: Project, keepSpare: Bool = false) throws {
        self.project = project
        self.keepSpare = keepSpare
        let output = project.outputDirectory
        Self.removeLeftovers(of: output)
        folder = Self.sibling(of: output, "staging", getpid())
        try? FileManager.default.removeItem(at: folder)
        let spare = Self.spare(of: output)
        if keepSpare, rename(spare.path, folder.path) == 0 {
            inherited = OutputSafety.manifest(of: folder)
        } else {
            if FileManager.default.fileExists(atPath: spare.path) { Trash.removeInBackground(spare) }
            inherited = []
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        handle = try FolderHandle(folder)
    }

    static func spare(of output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).spare")
    }

    /// Removes inherited files the new site does not have, and their folders once empty, and
    /// the folders made ahead for pages the site does not have.
    public func prune(keeping paths: Set<String>) {
        if let ahead {
            let needed = Set(paths.map(RelativePath.parent))
            for dir in ahead.folders where !needed.contains(dir) { unlinkat(handle.fd, dir, AT_REMOVEDIR) }
        }
        var folders: Set<String> = []
        for path in inherited where !paths.contains(path) {
            unlink(folder.path + "/" + path)
            var parent = RelativePath.parent(path)
            while !parent.isEmpty, folders.insert(parent).inserted { parent = RelativePath.parent(parent) }
        }
        // Deepest first, so a product folder goes before its parent could.
        for dir in folders.sorted(by: { $0.count > $1.count }) { rmdir(folder.path + "/" + dir) }
    }

    static func sibling(of output: URL, _ kind: String, _ pid: Int32) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(kind)-\(pid)")
    }

    /// Creates the folders that hold other folders, parents first, from one thread: creating
    /// entries in one folder (`products/` holds ten thousand) from several threads at once only
    /// makes them queue on the folder's lock. The folders that hold only files (one per product)
    /// are listed for `makeLeafFolders`, which makes them while the writers start (see
    /// `LeafFolders`). A second call adds only what the first did not list: the first may be
    /// the product folders alone, made while the pages are read (`EarlyStaging`).
    public mutating func makeDirectories(for paths: [String]) throws {
        var seen: Set<String> = []
        var ordered: [String] = []
        var shared: Set<String> = []
        for path in paths {
            var missing: [String] = []
            var dir = RelativePath.parent(path)
            var above = RelativePath.parent(dir)
            while !above.isEmpty, shared.insert(above).inserted { above = RelativePath.parent(above) }
            while !dir.isEmpty, seen.insert(dir).inserted {
                missing.append(dir)
                dir = RelativePath.parent(dir)
            }
            ordered.append(contentsOf: missing.reversed())
        }
        // Folders of files inherited from the spare exist already.
        var present: Set<String> = []
        for path in inherited {
            var dir = RelativePath.parent(path)
            while !dir.isEmpty, present.insert(dir).inserted { dir = RelativePath.parent(dir) }
        }
        var leaves: [String] = []
        for dir in ordered where !present.contains(dir) && !leafSets.contains(where: { $0.contains(dir) }) {
            guard shared.contains(dir) else {
                leaves.append(dir)
                continue
            }
            if mkdirat(handle.fd, dir, 0o755) != 0 && errno != EEXIST {
                throw OutputError(path: dir, reason: "cannot create folder: \(String(cString: strerror(errno)))")
            }
        }
        if !leaves.isEmpty { leafSets.append(LeafFolders(leaves, in: handle)) }
    }

    /// `makeDirectories` for the folders the site will probably have, before its pages are
    /// known; `prune` removes those it turns out not to have.
    mutating func makeDirectoriesAhead(for paths: [String]) throws {
        let before = leafSets.count
        try makeDirectories(for: paths)
        ahead = leafSets.count > before ? leafSets.last : nil
    }

    /// Makes the folders that hold only files listed by the last `makeDirectories`, on the
    /// calling thread, while writers may be writing into them.
    public func makeLeafFolders() {
        leafSets.last?.makeAll()
    }

    /// Ends every `makeLeafFolders` early.
    func stopMakingFolders() {
        for leaves in leafSets { leaves.stop() }
    }

    /// Makes the folder of `path` if it is a leaf not made yet.
    private func makeFolder(of path: String) throws(OutputError) {
        guard !leafSets.isEmpty else { return }
        let dir = RelativePath.parent(path)
        guard !dir.isEmpty else { return }
        // `ensure` passes over a folder that is not in its set: one lookup per set.
        for leaves in leafSets { try leaves.ensure(dir) }
    }

    public func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try replacing(path) { target throws(OutputError) in
            try FileWriting.writeBytes(bytes, to: target, in: handle.fd, display: path).get()
        }
    }

    /// `write` for a file handed over in pieces as they are made (see `FileWriting.writeStream`).
    func write(to path: String, streaming produce: (inout PieceSink) throws(OutputError) -> Void) throws(OutputError) {
        try replacing(path) { target throws(OutputError) in
            try FileWriting.writeStream(to: target, in: handle.fd, display: path, produce).get()
        }
    }

    /// Writes directly into a fresh folder; over an inherited file, writes beside it and renames,
    /// so a link shared with the live site keeps its old bytes.
    /// `write` gets a path relative to the staging folder.
    private func replacing(_ path: String, _ write: (String) throws(OutputError) -> Void) throws(OutputError) {
        guard inherited.contains(path) else {
            try makeFolder(of: path)
            return try write(path)
        }
        let temporary = path + ".ocop-new"
        try write(temporary)
        guard renameat(handle.fd, temporary, handle.fd, path) == 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
    }

    /// A file unchanged since the last build: a hard link to it in the current output (it is
    /// never written in place, so the link cannot change under the old site). Copies across devices.
    public func reuse(_ path: String) throws(OutputError) {
        let old = output.path + "/" + path
        let target = folder.path + "/" + path
        let temporary = inherited.contains(path) ? target + ".ocop-new" : target
        try makeFolder(of: path)
        if link(old, temporary) == 0, temporary == target || rename(temporary, target) == 0 { return }
        unlink(temporary)
        try copy(from: URL(fileURLWithPath: old), to: path)
    }

    /// Returns the bytes written.
    @discardableResult
    public func copy(from source: URL, to path: String) throws(OutputError) -> Int {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw OutputError(path: path, reason: "cannot read \(source.path)")
        }
        try write([UInt8](data), to: path)
        return data.count
    }

    /// Writes the manifest, keeps the old output's README, and swaps the new site in.
    public func commit(manifest paths: [String]) throws {
        let fm = FileManager.default
        for name in OutputSafety.preservedNames where !paths.contains(name) && fm.fileExists(atPath: output.appendingPathComponent(name).path) {
            try? fm.removeItem(at: folder.appendingPathComponent(name))
            try fm.copyItem(at: output.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try Data((paths.sorted().joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent(OutputSafety.manifestName), options: .atomic)
        guard fm.fileExists(atPath: output.path) else {
            try fm.moveItem(at: folder, to: output)
            return
        }
        let old = Self.sibling(of: output, "old", getpid())
        if ocop_exchange_paths(folder.path, output.path) == 0 {
            // `folder` now holds the old site: the next build's spare, or rubbish.
            if keepSpare, rename(folder.path, Self.spare(of: output).path) == 0 { return }
            if rename(folder.path, old.path) == 0 { Trash.removeInBackground(old) } else { Trash.removeInBackground(folder) }
            return
        }
        // No atomic exchange on this file system: two renames, with the shortest possible gap.
        try fm.moveItem(at: output, to: old)
        do {
            try fm.moveItem(at: folder, to: output)
        } catch {
            try? fm.moveItem(at: old, to: output)
            throw error
        }
        Trash.removeInBackground(old)
    }

    public func abandon() { try? FileManager.default.removeItem(at: folder) }

    /// `abandon` for a large folder: it leaves its name at once and is removed by a background
    /// process, as a replaced site is (`commit`), so a failed build does not wait for it.
    func abandonInBackground() {
        let old = Self.sibling(of: output, "old", getpid())
        if rename(folder.path, old.path) == 0 { Trash.removeInBackground(old) } else { abandon() }
    }

    /// Staging and old folders left by a build that was killed: their process is gone.
    static func removeLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.lastIndex(of: "-"), ["staging", "old"].contains(String(rest[..<dash])),
                  let owner = Int32(rest[rest.index(after: dash)...]) else { continue }
            if owner == getpid() || kill(owner, 0) != 0 {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }
}
