import Foundation

/// Lists a folder tree with `readdir` and the entry types it reports, without a `stat` per file:
/// the output folder of a national catalogue holds tens of thousands of entries.
enum DirectoryWalker {
    /// Files under a folder as sorted relative paths, hidden names (and what they hold) skipped.
    static func visibleFiles(under folder: URL) -> [String] {
        files(under: folder.path, skipHidden: true).sorted()
    }

    /// The names in one folder and whether each is a folder (following symlinks, as a reader would); nil if unreadable.
    static func entries(of path: String) -> [(name: String, isDirectory: Bool)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var entries: [(String, Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                var info = stat()
                type = stat(path + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            entries.append((name, type == UInt8(DT_DIR)))
        }
        return entries
    }

    /// Regular files (and symlinks) under `root`, as relative paths, unsorted; hidden names skipped when asked.
    static func files(under root: String, skipHidden: Bool = false) -> [String] {
        var files: [String] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            guard let dir = opendir(relative.isEmpty ? root : root + "/" + relative) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." || (skipHidden && name.hasPrefix(".")) { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    type = lstat(root + "/" + path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
                }
                if type == UInt8(DT_DIR) { pending.append(path) } else { files.append(path) }
            }
        }
        return files
    }
}
