/// Finds the front matter of a page: a first line `---`, YAML, then a line `---` (or `...`).
///
/// Only the first closing fence counts, so `---` (a thematic break) in the body is body text.
public enum FrontMatterSplitter {
    public static func split(_ source: SourceText) -> Result<FrontMatter, Diagnostic> {
        let text = source.text
        // Bytes, not Characters: stops at the first byte of a real page, with no grapheme breaking.
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(source.diagnostic(.error, "source.empty", "file is empty: a product page needs front matter between '---' lines and a description", at: .start))
        }
        // Walk line by line only until the closing fence: the body is never split.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = utf8[lineStart..<lineEnd]
            lineNumber += 1
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
            if lineNumber == 1 {
                guard isFence(line, allowDots: false) else { break }
                yamlStart = next
            } else if let start = yamlStart, isFence(line, allowDots: true) {
                return .success(FrontMatter(yaml: String(text[start..<lineStart]), yamlFirstLine: 2,
                                            body: String(text[next...]), bodyFirstLine: lineNumber + 1))
            }
            lineStart = next
        }
        if yamlStart == nil {
            return .failure(source.diagnostic(
                .error, "frontmatter.missing", "page has no front matter: the first line must be '---'", at: .start,
                notes: ["a product page starts with '---', then its fields (name, producer, ...), then '---'"]))
        }
        return .failure(source.diagnostic(
            .error, "frontmatter.unterminated", "front matter opened here is never closed", at: .start,
            notes: ["add a line '---' after the last field, before the description"]))
    }

    private static func isFence(_ line: String.UTF8View.SubSequence, allowDots: Bool) -> Bool {
        var bytes = line[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            bytes = bytes.dropLast()
        }
        return bytes.elementsEqual("---".utf8) || (allowDots && bytes.elementsEqual("...".utf8))
    }
}
