import Testing
@testable import CatalogueKit

/// Trimming front-matter values tests white space without the standard library's property tables.
@Suite struct WhiteSpaceTests {
    @Test func theShortListIsUnicodesWhiteSpaceExactly() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isWhiteSpace != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16)): \(scalar.isWhiteSpace) against \(scalar.properties.isWhitespace)")
            }
        }
    }

    @Test func valuesAreTrimmedOfUnicodeSpaces() {
        #expect("\u{3000}Đầm Dơi\u{A0}".trimmingWhitespace() == "Đầm Dơi")
        #expect("  ạ ".trimmingWhitespace() == "ạ")
        #expect("\u{2028}\u{85}".trimmingWhitespace() == "")
        #expect("Cà Mau".trimmingWhitespace() == "Cà Mau")
    }
}
