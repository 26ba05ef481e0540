import Foundation
import Testing
@testable import CatalogueKit

@Suite struct SourceDecoderTests {
    @Test func reportsTheFirstInvalidByteWithOffsetLineAndColumn() {
        let bytes = Array("---\nname: \"Tôm".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        guard case .failure(let d) = SourceDecoder.decode(bytes, path: "x.md") else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(d.code == "source.invalid-utf8")
        #expect(d.message.contains("byte offset 15"))
        // "name: \"Tôm" is 10 scalars, so the bad byte is column 11 of line 2.
        #expect(d.location == SourceLocation(path: "x.md", line: 2, column: 11))
    }

    @Test func truncatedSequenceAtEndIsInvalid() {
        guard case .failure(let d) = SourceDecoder.decode(Array("ab".utf8) + [0xE1, 0xBB], path: "x.md") else {
            Issue.record("truncated UTF-8 was accepted")
            return
        }
        #expect(d.message.contains("byte offset 2"))
    }

    @Test func dropsByteOrderMarkAndMakesEveryLineEndLF() throws {
        let text = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\r\n".utf8), path: "x").get()
        // A lone CR is a line break to YAML and CommonMark, so it is one here too (fuzzing found
        // Markdown warnings placed past the end of a file whose lines ended in CR).
        #expect(text.text == "a\nb\nc\n")
        #expect(text.line(2) == "b")
        #expect(text.line(3) == "c")
    }

    @Test func convertsByteColumnsToScalarColumns() {
        let text = SourceText(path: "x", text: "Đầm Dơi: x\n")
        // "Đầm Dơi" has 3 two- or three-byte letters before the colon.
        let colonByte = Array("Đầm Dơi".utf8).count + 1
        #expect(text.scalarColumn(line: 1, byteColumn: colonByte) == 8)
        #expect(text.position(ofUTF8Offset: colonByte - 1) == SourcePosition(line: 1, column: 8))
    }

    @Test func sameTextInNFCAndNFDFoldsTheSame() {
        let nfc = "Đầm Dơi"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(Array(nfc.unicodeScalars) != Array(nfd.unicodeScalars))
        #expect(VietnameseText.fold(nfc) == VietnameseText.fold(nfd))
        #expect(VietnameseText.slug(nfd) == "dam-doi")
    }

    /// The scan looks at eight bytes at a time where it can; every line start and every control
    /// character must still be found, wherever it falls in a word. Checked against the line
    /// index `SourceText` makes by itself and a scalar-by-scalar search, on random texts made of
    /// pieces that matter (line breaks, tab, CR, Vietnamese letters, a dash and the C0, C1, DEL
    /// and separator characters) and plain letters.
    @Test func theWordAtATimeScanFindsWhatAByteAtATimeScanFinds() {
        let pieces = ["a", "bc", "\n", "\t", "\r\n", "ạ", "Đ", "–", "★", "\u{85}", "\u{7F}", "\u{1}", "\u{1F}", "\u{2028}", "   ", "thủy"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<400 {
            // Mostly plain text, so that many words skip; a mark now and then.
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                text += Int.random(in: 0..<4, using: &generator) == 0 ? pieces.randomElement(using: &generator)! : "abcdefgh"
            }
            let expected = SourceText(path: "x.md", text: text.normalizingLineEndings())
            let hasControl = expected.text.unicodeScalars.contains(where: SourceDecoder.isControl)
            switch SourceDecoder.decode(Array(text.utf8), path: "x.md") {
            case .success(let source):
                #expect(!hasControl, "round \(round): a control character in \(text.debugDescription) was missed")
                #expect(source.text == expected.text)
                #expect(source.lineStarts == expected.lineStarts, "round \(round): \(text.debugDescription)")
            case .failure(let diagnostic):
                #expect(hasControl && diagnostic.code == "source.control-character", "round \(round): \(diagnostic.message)")
            }
        }
    }

    @Test func aWordIsMarkedWhereverItsMarkIs() {
        for mark: UInt8 in [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x7F, 0xC2, 0xE2] {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = mark
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(SourceDecoder.mayHoldMark(word), "0x\(String(mark, radix: 16)) at \(position)")
            }
        }
        for plain in ["abcdefgh", "ạng thủ", "Đầm D", "\u{20}\u{7E}\u{C3}\u{E1}"] {
            let bytes = Array(plain.utf8.prefix(8)) + [UInt8](repeating: 0x41, count: max(0, 8 - plain.utf8.count))
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(!SourceDecoder.mayHoldMark(word), "\(plain.debugDescription)")
        }
    }
}
