import Foundation

/// Lists a folder tree with `readdir` and the entry types it reports, without a `stat` per file:
/// the output folder of a national catalogue holds tens of thousands of entries.
enum DirectoryWalker {
    /// Files under a folder as sorted relative paths, hidden names (and what they hold) skipped.
    static func visibleFiles(under folder: URL) -> [String] {
        files(under: folder.path, skipHidden: true).sorted()
    }

    /// The names in one folder, whether each is a folder, and whether it may be a symlink (its
    /// type was a link, or unknown); nil if unreadable. With `followLinks`, a symlink to a folder
    /// counts as a folder (as a reader of content/ would see it); walks do not follow links, so a
    /// link cycle cannot make them loop.
    static func entries(of path: String, followLinks: Bool = true) -> [(name: String, isDirectory: Bool, mayBeLink: Bool)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var entries: [(String, Bool, Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            let mayBeLink = type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK)
            if type == UInt8(DT_UNKNOWN) || (followLinks && type == UInt8(DT_LNK)) {
                var info = stat()
                let found = followLinks ? stat(path + "/" + name, &info) : lstat(path + "/" + name, &info)
                type = found == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            entries.append((name, type == UInt8(DT_DIR), mayBeLink))
        }
        return entries
    }

    /// Regular files (and symlinks) under `root`, as relative paths, unsorted; hidden names skipped when asked.
    /// Each level of folders is read on all cores: an output folder holds ten thousand product folders.
    static func files(under root: String, skipHidden: Bool = false) -> [String] {
        var files: [String] = []
        var level: [String] = [""]
        while !level.isEmpty {
            let listed = level.parallelMap { relative -> [(String, Bool)] in
                let entries = entries(of: relative.isEmpty ? root : root + "/" + relative, followLinks: false) ?? []
                return entries.compactMap { name, isDirectory, _ in
                    if skipHidden && name.hasPrefix(".") { return nil }
                    return (relative.isEmpty ? name : relative + "/" + name, isDirectory)
                }
            }
            level = []
            for entries in listed {
                for (path, isDirectory) in entries {
                    if isDirectory { level.append(path) } else { files.append(path) }
                }
            }
        }
        return files
    }
}
