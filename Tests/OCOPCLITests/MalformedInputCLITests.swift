import Foundation
import Testing

/// A few cases of the malformed-input corpus (`CatalogueKitTests/Hardening`) through the real
/// binary: exit status 1, the finding printed compiler-style with its place, and `public/`
/// byte for byte as the last good build left it.
@Suite(.serialized) struct MalformedInputCLITests {
    static let page = "content/products/cam-3-tinh.md"

    /// Name, the damage, and what stderr must show.
    static let cases: [(String, @Sendable (TemporaryCopy) throws -> Void, [String])] = [
        ("invalid UTF-8", { try $0.writeBytes(page, Array("---\nname: \"Cam ba t".utf8) + [0xC3, 0x28] + Array("\"\n---\n".utf8)) },
         ["\(page):2:16: error: file is not valid UTF-8: bad byte 0xC3 at byte offset 19 [source.invalid-utf8]"]),
        ("billion laughs", { try $0.edit(page, replacing: "---\n", with: "---\n" + (0...9).map { i in "l\(i): &l\(i) [" + Array(repeating: i == 0 ? "a" : "*l\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }.joined()) },
         ["error: YAML expands to more than 20000 values at 'l4' [yaml.too-large]"]),
        ("nesting 100 deep", { try $0.edit(page, replacing: "---\n", with: "---\ntags: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n") },
         ["\(page):2:", "error: YAML is nested more than 64 levels deep [yaml.too-deep]"]),
        ("terminal escape in a value", { try $0.edit(page, replacing: "---\nname: \"", with: "---\nname: \"\u{1B}[2J") },
         ["\(page):2:8: error: file contains the invisible control character U+001B [source.control-character]", "name: \"␛[2J"]),
        ("unclosed template tag", { try $0.edit("templates/product.mustache", replacing: "<h1>{{name}}</h1>", with: "<h1>{{name</h1>") },
         ["templates/product.mustache:", "error: tag opened with '{{' is not closed with '}}' before the next '{{' [template.unclosed-tag]"]),
        ("site.yml as a list", { try $0.write("content/site.yml", "- title: OCOP\n") },
         ["content/site.yml:1:1: error: site.yml must be a mapping of fields, found a list [field.type]"]),
    ]

    @Test(arguments: 0..<cases.count)
    func brokenInputExitsOneWithThePlaceAndLeavesPublicAlone(_ index: Int) throws {
        let (name, damage, expected) = Self.cases[index]
        let site = try TemporaryCopy()
        defer { site.remove() }
        let build = ["build", "--root", site.root.path, "--as-of", "2026-11-29"]
        let first = try OCOPBinary.run(build)
        try #require(first.status == 0, "\(first.stderr)")
        let before = try Self.digest(site.url("public"))
        try damage(site)
        let run = try OCOPBinary.run(build)
        #expect(run.status == 1, "\(name): \(run.stderr)")
        for text in expected { #expect(run.stderr.contains(text), "\(name): \(text.debugDescription) not in\n\(run.stderr)") }
        #expect(run.stderr.contains("nothing written, public/ left as it was"), "\(name)")
        #expect(!run.stderr.unicodeScalars.contains("\u{1B}"), "\(name): an escape sequence reached the terminal")
        #expect(try Self.digest(site.url("public")) == before, "\(name): public/ changed")
    }

    @Test func outputFoldersThatAreNotTheSitesAreRefusedEvenWithForce() throws {
        let site = try TemporaryCopy()
        defer { site.remove() }
        try site.write("other/.git/HEAD", "ref: refs/heads/main\n")
        for output in ["content", "templates", ".", "..", "other", "content/products"] {
            let run = try OCOPBinary.run(["build", "--root", site.root.path, "--as-of", "2026-11-29", "-o", site.url(output).path, "--force"])
            #expect(run.status == 1 && run.stderr.contains("[output.unsafe]"), "-o \(output): \(run.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: site.url("other/.git/HEAD").path))
    }

    static func digest(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
        }
        return files
    }
}

extension TemporaryCopy {
    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: url(path))
    }
}
