import Foundation
import Testing
@testable import CatalogueKit

/// Pages are read into an unzeroed buffer sized by `fstat`; what comes back must be exactly
/// the file's bytes, up to the limit, whether the size was right, zero, or the file is empty.
@Suite struct FileReadingTests {
    private func withFile(_ bytes: [UInt8], _ body: (String) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-read-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        try body(url.path)
    }

    @Test(arguments: [0, 1, 4095, 4096, 4097, 70_000])
    func readsEveryByteOfAFile(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        try withFile(bytes) { path in
            let read = try FileReading.bytes(atPath: path, limit: 1 << 20).get()
            #expect(read == bytes)
        }
    }

    @Test func stopsAtTheLimitSoTheCallerSeesAFileOverIt() throws {
        let bytes = [UInt8](repeating: 65, count: 10_000)
        try withFile(bytes) { path in
            let read = try FileReading.bytes(atPath: path, limit: 1_001).get()
            #expect(read == Array(bytes[..<1_001]))
        }
    }

    /// `/proc` files say their size is 0 and still have content: the reader must read on.
    @Test func readsAFileLongerThanItsStatedSize() throws {
        let status = try FileReading.bytes(atPath: "/proc/self/status", limit: 1 << 20).get()
        #expect(status.count > 100)
        #expect(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
        let capped = try FileReading.bytes(atPath: "/proc/self/status", limit: 50).get()
        #expect(capped.count == 50)
    }

    @Test func aMissingFileIsAFailureNotAnEmptyPage() {
        guard case .failure(.cannotOpen) = FileReading.bytes(atPath: "/nonexistent/ocop/page.md", limit: 10) else {
            Issue.record("a missing file was read")
            return
        }
    }
}
