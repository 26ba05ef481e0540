import Foundation

/// Folding of Vietnamese text for matching and slugs: case, diacritics and the letter đ.
///
/// Works the same on NFC and NFD input, so "Đầm Dơi" typed on any keyboard matches.
public enum VietnameseText {
    /// Lowercase ASCII-ish key: "Thành phố Cà Mau" → "thanh pho ca mau".
    public static func fold(_ text: String) -> String {
        // Most ids and many names are ASCII: no table needed.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        // Built as bytes: appending to a scalar view costs more than the folding itself.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
            } else if (0x0300...0x036F).contains(value) {
                continue
            } else if let folded = latin(value) {
                out.append(contentsOf: folded.utf8)
            } else {
                out.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folds of every Latin letter with diacritics (Latin-1 to Latin Extended Additional,
    /// where all Vietnamese letters live), computed once through Foundation's decomposition.
    /// Two arrays indexed by scalar, not a dictionary: folding runs on every page's names.
    private static let latinTables: (low: [String], high: [String]) = {
        func folds(_ range: ClosedRange<UInt32>) -> [String] {
            range.map { value in
                guard let scalar = Unicode.Scalar(value) else { return "" }
                if value == 0x0110 || value == 0x0111 { return "d" }  // Đ, đ
                var folded = String.UnicodeScalarView()
                for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars where !(0x0300...0x036F).contains(part.value) {
                    folded.append(contentsOf: String(part).lowercased().unicodeScalars)
                }
                return String(folded)
            }
        }
        return (folds(0x00C0...0x024F), folds(0x1E00...0x1EFF))
    }()

    private static func latin(_ value: UInt32) -> String? {
        switch value {
        case 0x00C0...0x024F: latinTables.low[Int(value - 0x00C0)]
        case 0x1E00...0x1EFF: latinTables.high[Int(value - 0x1E00)]
        default: nil
        }
    }

    /// An ASCII slug: "Bánh phồng tôm Năm Căn" → "banh-phong-tom-nam-can".
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in fold(text).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    /// Whether a string is already a well-formed slug.
    /// One pass over the bytes: `String.contains("--")` went through Foundation's locale-aware
    /// search, which showed in the profile of `check` (every page's slug is checked).
    public static func isSlug(_ text: String) -> Bool {
        let hyphen: UInt8 = 0x2D
        var previous = hyphen
        for byte in text.utf8 {
            guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == hyphen else { return false }
            if byte == hyphen && previous == hyphen { return false }
            previous = byte
        }
        return !text.isEmpty && previous != hyphen
    }
}
