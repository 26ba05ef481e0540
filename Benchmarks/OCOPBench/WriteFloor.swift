import Foundation

/// The file-writing floor: the same files as a build wrote, already in memory, written from one
/// thread with plain `mkdir` and `write` into an empty folder. No generator can beat it by much.
enum WriteFloor {
    static func measure(copying output: URL, into scratch: URL) -> Double {
        let paths = (FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? []).sorted()
        var files: [(path: String, range: Range<Int>)] = []
        var bytes: [UInt8] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = output.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               let data = FileManager.default.contents(atPath: url.path) {
                files.append((path, bytes.count..<bytes.count + data.count))
                bytes.append(contentsOf: data)
            }
        }
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let start = DispatchTime.now().uptimeNanoseconds
        var made: Set<String> = []
        bytes.withUnsafeBytes { all in
            for (path, range) in files {
                let dir = (path as NSString).deletingLastPathComponent
                if !dir.isEmpty, !made.contains(dir) {
                    var prefix = ""
                    for part in dir.split(separator: "/") {
                        prefix += prefix.isEmpty ? String(part) : "/" + part
                        if made.insert(prefix).inserted { mkdir(scratch.path + "/" + prefix, 0o755) }
                    }
                }
                let fd = open(scratch.path + "/" + path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                _ = write(fd, all.baseAddress! + range.lowerBound, range.count)
                close(fd)
            }
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
