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
}
