import Foundation
import Testing

/// One broken or hostile input for `MalformedInputTests`: the minimal valid site with some
/// files replaced, removed or made into symlinks, and every finding ocop must report.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    var name: String
    /// Written over the base site (path relative to the site root → bytes).
    var files: [String: [UInt8]] = [:]
    var removed: [String] = []
    /// Symlinks to create (path → destination, as written in the link).
    var symlinks: [String: String] = [:]
    /// `path:line:col: severity [code]` of every finding, sorted as ocop prints them.
    var expected: [String]
    /// Valid but hostile input: it builds, and the published pages must hold nothing live.
    var builds = false

    var testDescription: String { name }

    init(_ name: String, files: [String: [UInt8]] = [:], removed: [String] = [], symlinks: [String: String] = [:],
         builds: Bool = false, expect expected: [String]) {
        self.name = name
        self.files = files
        self.removed = removed
        self.symlinks = symlinks
        self.builds = builds
        self.expected = expected
    }
}

/// The base site's one page, and ways to derive broken versions of it.
enum BasePage {
    static let path = "content/products/banh-phong-tom.md"
    /// Lines of `TemporarySite.page()`: 1 `---`, 2 name, 3 producer, 4 district, 5 product_set,
    /// 6 stars, 7 assessment, 8 scores, 9 total, 10 certificate, 11 number, 12 issued,
    /// 13 authority, 14 `---`, 15 the description.
    static let text = TemporarySite.page()

    /// The page with one piece of text replaced (it must be there).
    static func replacing(_ old: String, with new: String, in text: String = BasePage.text) -> String {
        precondition(text.contains(old), "the base page has no \(old.debugDescription)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// `[path: bytes]` for the page with one replacement.
    static func with(_ old: String, _ new: String) -> [String: [UInt8]] {
        [path: Array(replacing(old, with: new).utf8)]
    }

    /// `[path: bytes]` for the page with a different description.
    static func body(_ body: String) -> [String: [UInt8]] {
        [path: Array(TemporarySite.page(body: body).utf8)]
    }

    static func bytes(_ text: String) -> [String: [UInt8]] { [path: Array(text.utf8)] }

    /// The page as an editor set to Windows-1258 or Latin-1 saves it: "á" is the one byte 0xE1.
    static func latin1Page() -> [UInt8] {
        var bytes = Array(text.utf8)
        if let range = bytes.firstRange(of: Array("á".utf8)) { bytes.replaceSubrange(range, with: [0xE1]) }
        return bytes
    }
}
