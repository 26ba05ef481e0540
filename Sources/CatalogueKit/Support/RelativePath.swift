/// Folder arithmetic on "/"-separated relative paths, without Foundation's bridging: builds
/// walk the parents of tens of thousands of paths.
enum RelativePath {
    /// "products/banh/index.html" → "products/banh"; a top-level name → "".
    static func parent(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }
}
