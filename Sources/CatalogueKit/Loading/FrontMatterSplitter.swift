/// Finds the front matter of a page: a first line `---`, YAML, then a line `---` (or `...`).
///
/// Only the first closing fence counts, so `---` (a thematic break) in the body is body text.
public enum FrontMatterSplitter {
    public static func split(_ source: SourceText) -> Result<FrontMatter, Diagnostic> {
        let text = source.text
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(source.diagnostic(.error, "source.empty", "file is empty: a product page needs front matter between '---' lines and a description", at: .start))
        }
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).makeIterator()
        guard let first = lines.next(), isFence(first, allowDots: false) else {
            return .failure(source.diagnostic(
                .error, "frontmatter.missing", "page has no front matter: the first line must be '---'", at: .start,
                notes: ["a product page starts with '---', then its fields (name, producer, ...), then '---'"]))
        }
        var offset = first.count + 1
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if isFence(line, allowDots: true) {
                let yamlStart = text.utf8.index(text.utf8.startIndex, offsetBy: first.count + 1)
                let yamlEnd = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                let bodyOffset = min(text.utf8.count, offset + line.count + 1)
                let bodyStart = text.utf8.index(text.utf8.startIndex, offsetBy: bodyOffset)
                return .success(FrontMatter(
                    yaml: String(text[yamlStart..<yamlEnd]), yamlFirstLine: 2,
                    body: String(text[bodyStart...]), bodyFirstLine: lineNumber + 1))
            }
            offset += line.count + 1
        }
        return .failure(source.diagnostic(
            .error, "frontmatter.unterminated", "front matter opened here is never closed", at: .start,
            notes: ["add a line '---' after the last field, before the description"]))
    }

    private static func isFence(_ line: Substring.UTF8View.SubSequence, allowDots: Bool) -> Bool {
        var bytes = line[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            bytes = bytes.dropLast()
        }
        return bytes.elementsEqual("---".utf8) || (allowDots && bytes.elementsEqual("...".utf8))
    }
}
