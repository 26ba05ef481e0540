import Foundation
import Testing
@testable import CatalogueKit

/// A file written in pieces as they are made (`catalogue.json`) goes through a 64 KiB buffer:
/// pieces that fill it exactly, overflow it, are larger than it or empty must all land in
/// order, once.
@Suite struct FileWritingTests {
    private func write(_ pieces: [ArraySlice<UInt8>], to path: String, display: String = "test") -> Result<Void, OutputError> {
        FileWriting.writeStream(to: path, display: display) { sink throws(OutputError) in
            for piece in pieces { try sink.append(piece) }
        }
    }

    private func written(_ pieces: [ArraySlice<UInt8>]) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-write-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(pieces, to: url.path).get()
        return [UInt8](try Data(contentsOf: url))
    }

    private func piece(_ size: Int, seed: Int) -> ArraySlice<UInt8> {
        // A slice from the middle of a larger array, as a reused product object is.
        let whole = (0..<(size + 10)).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ seed) }
        return whole[5..<(5 + size)]
    }

    @Test(arguments: [
        [0],
        [1, 2, 3],
        [65_536],
        [65_535, 1, 65_536, 0, 2],
        [40_000, 40_000, 40_000],
        [100_000],
        [3, 200_000, 7],
        Array(repeating: 1_371, count: 500),
    ])
    func writesEveryPieceInOrder(sizes: [Int]) throws {
        let pieces = sizes.enumerated().map { piece($0.element, seed: $0.offset) }
        let file = try written(pieces)
        #expect(file == Array(pieces.joined()))
    }

    @Test func replacesAnOlderLongerFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-write-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(repeating: 9, count: 100_000).write(to: url)
        try write([piece(10, seed: 1), piece(20, seed: 2)], to: url.path).get()
        #expect([UInt8](try Data(contentsOf: url)) == Array([piece(10, seed: 1), piece(20, seed: 2)].joined()))
    }

    @Test func namesTheFileWhenItCannotBeMade() {
        let result = write([piece(10, seed: 1)], to: "/nonexistent-ocop/x.json", display: "public/x.json")
        guard case .failure(let error) = result else {
            Issue.record("writing into a missing folder succeeded")
            return
        }
        #expect("\(error)".contains("public/x.json"))
    }
}
