import Foundation

/// Writes one output file with plain POSIX calls: creating files is the hot path of a large build.
enum FileWriting {
    static func write(_ file: OutputFile, under root: String) -> Result<Int, OutputError> {
        let path = root + "/" + file.path
        switch file.content {
        case .bytes(let bytes):
            return writeBytes(bytes, to: path, display: file.path)
        case .copy(let source):
            guard let data = FileManager.default.contents(atPath: source.path) else {
                return .failure(OutputError(path: file.path, reason: "cannot read \(source.path)"))
            }
            return writeBytes([UInt8](data), to: path, display: file.path)
        }
    }

    private static func writeBytes(_ bytes: [UInt8], to path: String, display: String) -> Result<Int, OutputError> {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(OutputError(path: display, reason: String(cString: strerror(errno)))) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return .failure(OutputError(path: display, reason: String(cString: strerror(errno))))
            }
            offset += written
        }
        return .success(bytes.count)
    }
}
