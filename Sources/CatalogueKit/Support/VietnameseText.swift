import Foundation

/// Folding of Vietnamese text for matching and slugs: case, diacritics and the letter đ.
///
/// Works the same on NFC and NFD input, so "Đầm Dơi" typed on any keyboard matches.
public enum VietnameseText {
    /// Lowercase ASCII-ish key: "Thành phố Cà Mau" → "thanh pho ca mau".
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x0300...0x036F).contains(scalar.value) { continue }
            switch scalar {
            case "đ", "Đ": out.append("d")
            default: out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
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
    public static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.first != "-" && text.last != "-" && !text.contains("--") &&
            text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
