import Foundation

/// A commit of the repository that holds a site, read through git's object database alone:
/// the working tree, the index and HEAD are never touched.
public struct GitRevision: Sendable {
    /// What the user asked for (`origin/main`, a tag, an id).
    public let name: String
    public let commit: String
    public let shortCommit: String
    /// The committer's time, in seconds since 1970.
    public let committedAt: Int
    /// The site's folder, inside the repository.
    let root: URL

    /// Resolves `name` in the repository that holds `root`.
    public init(_ name: String, root: URL) throws(GitError) {
        let inside = try Git.run(["rev-parse", "--is-inside-work-tree"], in: root)
        guard inside.status == 0, inside.text == "true" else { throw .notARepository(root.path) }
        // `--end-of-options` keeps a revision that starts with "-" from being read as an option.
        let resolved = try Git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", name + "^{commit}"], in: root)
        guard resolved.status == 0, !resolved.text.isEmpty else { throw .unknownRevision(name) }
        let log = try Git.run(["log", "-1", "--format=%h %ct", resolved.text], in: root)
        let fields = log.text.split(separator: " ")
        guard log.status == 0, fields.count == 2, let seconds = Int(fields[1]) else { throw .failed("cannot read commit \(resolved.text): \(log.stderr)") }
        self.name = name
        self.commit = resolved.text
        self.shortCommit = String(fields[0])
        self.committedAt = seconds
        self.root = root
    }

    /// The commit's day in Việt Nam, the day its certificates are judged against.
    public var commitDay: LocalDate {
        LocalDate(daysSinceEpoch: Int((Double(committedAt + 7 * 3600) / 86_400).rounded(.down)))
    }

    /// Writes the files under `folders` (relative to the site's root) as they were at this commit
    /// into `destination`, a fresh folder of the caller's. Symlinks are made last, so no file is
    /// ever written through one; submodules are skipped.
    public func extract(_ folders: [String], into destination: URL) throws(GitError) {
        let listing = try Git.run(["ls-tree", "-r", "-z", commit, "--"] + folders, in: root)
        guard listing.status == 0 else { throw .failed("git ls-tree \(commit) failed: \(listing.stderr)") }
        var entries: [(mode: String, object: String, path: String)] = []
        for record in listing.stdout.split(separator: 0) {
            // <mode> SP <type> SP <object> TAB <path>
            guard let tab = record.firstIndex(of: 9) else { continue }
            let header = String(decoding: record[record.startIndex..<tab], as: UTF8.self).split(separator: " ")
            let path = String(decoding: record[(tab + 1)...], as: UTF8.self)
            guard header.count == 3, header[1] == "blob", Self.isSafe(path) else { continue }
            entries.append((String(header[0]), String(header[2]), path))
        }
        let blobs = try readBlobs(entries.map(\.object))
        let fm = FileManager.default
        for entry in entries.sorted(by: { ($0.mode == "120000" ? 1 : 0, $0.path) < ($1.mode == "120000" ? 1 : 0, $1.path) }) {
            guard let bytes = blobs[entry.object] else { continue }
            let url = destination.appendingPathComponent(entry.path)
            do {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                if entry.mode == "120000" {
                    try fm.createSymbolicLink(atPath: url.path, withDestinationPath: String(decoding: bytes, as: UTF8.self))
                } else {
                    try bytes.write(to: url, options: .withoutOverwriting)
                }
            } catch {
                throw .failed("cannot extract \(entry.path) from \(shortCommit): \(error.localizedDescription)")
            }
        }
    }

    /// Every blob in one `git cat-file --batch` run.
    private func readBlobs(_ objects: [String]) throws(GitError) -> [String: Data] {
        guard !objects.isEmpty else { return [:] }
        let unique = Array(Set(objects))
        let batch = try Git.run(["cat-file", "--batch"], in: root, input: Data((unique.joined(separator: "\n") + "\n").utf8))
        guard batch.status == 0 else { throw .failed("git cat-file failed: \(batch.stderr)") }
        var blobs: [String: Data] = [:]
        let data = batch.stdout
        var index = data.startIndex
        // Each answer: "<object> blob <size>\n<bytes>\n".
        while index < data.endIndex, let newline = data[index...].firstIndex(of: 10) {
            let header = String(decoding: data[index..<newline], as: UTF8.self).split(separator: " ")
            index = newline + 1
            guard header.count == 3, let size = Int(header[2]), index + size <= data.endIndex else { continue }
            blobs[String(header[0])] = data[index..<(index + size)]
            index += size + 1
        }
        return blobs
    }

    /// A path git may hold but that must never leave the destination.
    static func isSafe(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0 == ".git" } && !path.contains("\0")
    }
}
