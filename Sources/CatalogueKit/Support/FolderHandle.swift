import Foundation

/// An open folder, closed when the last reference goes. Thousands of files are opened by a
/// path relative to one (the project's sources, the staging folder's outputs), so the kernel
/// walks the two or three names below it instead of the whole path from `/` each time.
final class FolderHandle: Sendable {
    let fd: Int32

    init(_ folder: URL) throws(OutputError) {
        fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: folder.path, reason: String(cString: strerror(errno))) }
    }

    deinit { close(fd) }
}
