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
        switch fences(in: source) {
        case .found(let yaml, let body, let bodyFirstLine):
            let utf8 = text.utf8
            func at(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            return .success(FrontMatter(yaml: String(text[at(yaml.lowerBound)..<at(yaml.upperBound)]), yamlFirstLine: 2,
                                        body: String(text[at(body)...]), bodyFirstLine: bodyFirstLine))
        case .noOpening:
            return .failure(source.diagnostic(
                .error, "frontmatter.missing", "page has no front matter: the first line must be '---'", at: .start,
                notes: ["a product page starts with '---', then its fields (name, producer, ...), then '---'"]))
        case .unterminated:
            return .failure(source.diagnostic(
                .error, "frontmatter.unterminated", "front matter opened here is never closed", at: .start,
                notes: ["add a line '---' after the last field, before the description"]))
        }
    }

    private enum Fences {
        case noOpening
        case unterminated
        /// UTF-8 offsets of the YAML and of the body's start, and the body's first line.
        case found(yaml: Range<Int>, body: Int, bodyFirstLine: Int)
    }

    /// Line by line over the bytes, from the source's line index, only until the closing
    /// fence: the body is never split.
    private static func fences(in source: SourceText) -> Fences {
        var text = source.text
        let starts = source.lineStarts
        return text.withUTF8 { bytes in
            func line(_ index: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
                bytes[starts[index]..<(index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count)]
            }
            guard isFence(line(0), allowDots: false) else { return .noOpening }
            for index in 1..<starts.count where isFence(line(index), allowDots: true) {
                let body = index + 1 < starts.count ? starts[index + 1] : bytes.count
                return .found(yaml: starts[1]..<starts[index], body: body, bodyFirstLine: index + 2)
            }
            return .unterminated
        }
    }

    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>, allowDots: Bool) -> Bool {
        var bytes = line
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            bytes = bytes.dropLast()
        }
        return bytes.elementsEqual("---".utf8) || (allowDots && bytes.elementsEqual("...".utf8))
    }
}
