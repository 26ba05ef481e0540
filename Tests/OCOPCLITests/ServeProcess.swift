import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `ocop serve` running in the background, its output gathered as it comes, and a minimal HTTP
/// client over a raw socket (no proxy settings, no caches) to look at what it serves.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = Data()
    private var errors = Data()

    init(_ arguments: [String]) throws {
        process.executableURL = OCOPBinary.url
        process.arguments = ["serve"] + arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.output.append(data) }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.errors.append(data) }
        }
        try process.run()
    }

    var stdout: String { lock.withLock { String(decoding: output, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: errors, as: UTF8.self) } }

    /// Waits until `condition` holds, checking every 100 ms; false on timeout.
    static func eventually(timeout: TimeInterval = 20, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return try condition()
    }

    /// The text after `prefix` on the first stdout line that has it.
    func line(after prefix: String, timeout: TimeInterval = 60) -> String? {
        var found: String?
        _ = Self.eventually(timeout: timeout) {
            found = stdout.split(separator: "\n").first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
            return found != nil || !process.isRunning
        }
        return found
    }

    /// Sends a signal and waits for the exit status.
    func stop(_ signal: Int32 = SIGINT, timeout: TimeInterval = 15) -> Int32? {
        kill(process.processIdentifier, signal)
        guard Self.eventually(timeout: timeout, { !process.isRunning }) else {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct HTTPFailure: Error { let reason: String }

    /// `GET path` on 127.0.0.1, read to the end of the Content-Length.
    static func get(_ path: String, port: Int) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HTTPFailure(reason: "socket") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 15, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw HTTPFailure(reason: "connect: \(String(cString: strerror(errno)))") }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n".utf8)
        guard send(fd, request, request.count, 0) == request.count else { throw HTTPFailure(reason: "send") }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var expected: Int?
        var headerEnd: Int?
        while expected.map({ data.count < $0 }) ?? true {
            let n = recv(fd, &buffer, buffer.count, 0)
            guard n > 0 else { break }
            data += buffer[0..<n]
            if headerEnd == nil, let end = find([13, 10, 13, 10], in: data) {
                headerEnd = end + 4
                let head = String(decoding: data[0..<end], as: UTF8.self).lowercased()
                let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }.flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) } ?? 0
                expected = end + 4 + length
            }
        }
        guard let headerEnd else { throw HTTPFailure(reason: "no response") }
        let lines = String(decoding: data[0..<(headerEnd - 4)], as: UTF8.self).split(separator: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(decoding: data[headerEnd...], as: UTF8.self))
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where Array(haystack[i..<(i + needle.count)]) == needle { return i }
        return nil
    }
}
