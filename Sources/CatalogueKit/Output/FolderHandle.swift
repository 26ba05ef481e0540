import Foundation

/// An open folder, closed when the last reference goes: the staging folder that every file
/// of a build is created in, by a path relative to it.
final class FolderHandle: Sendable {
    let fd: Int32

    init(_ folder: URL) throws(OutputError) {
        fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: folder.path, reason: String(cString: strerror(errno))) }
    }

    deinit { close(fd) }
}
