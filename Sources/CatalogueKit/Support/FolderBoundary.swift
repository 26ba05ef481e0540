import Foundation

/// The rule every file ocop reads from `content/` or `templates/` obeys: once symlinks are
/// followed, it is still inside that folder. A link to `/etc/passwd` or to a folder outside the
/// site would otherwise be read, quoted in diagnostics (CI logs are often public) or published.
enum FolderBoundary {
    /// Whether `url`, with every link in its path followed, lies inside `folder` (also followed).
    static func contains(_ folder: URL, _ url: URL) -> Bool {
        let inside = folder.resolvingSymlinksInPath().path
        let resolved = url.resolvingSymlinksInPath().path
        return resolved == inside || resolved.hasPrefix(inside.hasSuffix("/") ? inside : inside + "/")
    }

    /// Whether the last part of `path` is itself a symlink.
    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The refusal for a file of the project that is a link leading out of `folder`.
    static func outside(_ display: String, folder: String, code: String) -> Diagnostic {
        .error(code, "\(display) is a link to a place outside \(folder)/, so it is not read",
               at: SourceLocation(path: display),
               notes: ["copy the file into \(folder)/ instead of linking to it"])
    }
}
