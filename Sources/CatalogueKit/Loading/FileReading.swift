import Foundation

/// Reads a whole file with plain POSIX calls, straight into the array the decoder takes:
/// reading ten thousand small pages through FileHandle and Data cost several times as much.
enum FileReading {
    enum Failure: Error {
        case cannotOpen(String)
        case cannotRead(String)
    }

    /// At most `limit` bytes, so a caller can tell a file over its limit by asking for one more.
    /// `folder`: an open folder that a relative `path` starts from (`AT_FDCWD`: the current one).
    static func bytes(atPath path: String, in folder: Int32 = AT_FDCWD, limit: Int) -> Result<[UInt8], Failure> {
        let fd = openat(folder, path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? max(Int(info.st_size), 0) : 0
        // One byte more than the size says, so the usual file is read in one call and its end seen
        // in the next. The buffer is not zeroed first: `read` fills what is kept.
        let first = min(limit, size + 1)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: first) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                count += n
            }
        }
        if failure != 0 { return .failure(.cannotRead(String(cString: strerror(failure)))) }
        var filled = bytes.count
        // A full buffer means the file was longer than its size said (it grew, or is special):
        // read on in blocks until a read comes back short.
        var full = filled == first
        while full, filled < limit {
            bytes.append(contentsOf: repeatElement(0, count: min(limit - filled, max(4096, filled))))
            while filled < bytes.count {
                let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
                if n < 0 {
                    if errno == EINTR { continue }
                    return .failure(.cannotRead(String(cString: strerror(errno))))
                }
                if n == 0 { break }
                filled += n
            }
            full = filled == bytes.count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }
}
