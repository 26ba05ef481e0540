import Foundation

/// Writes one output file with plain POSIX calls: creating files is the hot path of a large build.
enum FileWriting {
    /// `folder`: an open folder that a relative `path` starts from (`AT_FDCWD`: the current one).
    static func writeBytes(_ bytes: [UInt8], to path: String, in folder: Int32 = AT_FDCWD, display: String) -> Result<Void, OutputError> {
        bytes.withUnsafeBytes { writeBuffer($0, to: path, in: folder, display: display) }
    }

    static func writeBuffer(_ buffer: UnsafeRawBufferPointer, to path: String, in folder: Int32 = AT_FDCWD, display: String) -> Result<Void, OutputError> {
        withFile(path, in: folder, display: display) { fd in writeAll(buffer, to: fd, display: display) }
    }

    /// A file handed over in pieces as they are made, gathered through a small reused buffer:
    /// a national `catalogue.json` made whole first took 28 MB of fresh memory.
    static func writeStream(to path: String, in folder: Int32 = AT_FDCWD, display: String,
                            _ produce: (inout PieceSink) throws(OutputError) -> Void) -> Result<Void, OutputError> {
        withFile(path, in: folder, display: display) { fd in
            var sink = PieceSink(fd: fd, display: display)
            do throws(OutputError) {
                try produce(&sink)
                try sink.flush()
                return .success(())
            } catch {
                return .failure(error)
            }
        }
    }

    /// Creates or empties `path` and runs `write` with it open.
    private static func withFile(_ path: String, in folder: Int32, display: String, _ write: (Int32) -> Result<Void, OutputError>) -> Result<Void, OutputError> {
        let fd = openat(folder, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(OutputError(path: display, reason: String(cString: strerror(errno)))) }
        defer { close(fd) }
        return write(fd)
    }

    static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32, display: String) -> Result<Void, OutputError> {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return .failure(OutputError(path: display, reason: String(cString: strerror(errno))))
            }
            offset += written
        }
        return .success(())
    }
}
