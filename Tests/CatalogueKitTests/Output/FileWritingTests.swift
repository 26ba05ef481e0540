import Foundation
import Testing
@testable import CatalogueKit

/// A file written from pieces (`catalogue.json`) goes through a 64 KiB buffer: pieces that
/// fill it exactly, overflow it, are larger than it or empty must all land in order, once.
@Suite struct FileWritingTests {
    private func written(_ pieces: [ArraySlice<UInt8>]) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-write-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try FileWriting.writePieces(pieces, to: url.path, display: "test").get()
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
        try FileWriting.writePieces([piece(10, seed: 1), piece(20, seed: 2)], to: url.path, display: "test").get()
        #expect([UInt8](try Data(contentsOf: url)) == Array([piece(10, seed: 1), piece(20, seed: 2)].joined()))
    }

    @Test func namesTheFileWhenItCannotBeMade() {
        let result = FileWriting.writePieces([piece(10, seed: 1)], to: "/nonexistent-ocop/x.json", display: "public/x.json")
        guard case .failure(let error) = result else {
            Issue.record("writing into a missing folder succeeded")
            return
        }
        #expect("\(error)".contains("public/x.json"))
    }
}
