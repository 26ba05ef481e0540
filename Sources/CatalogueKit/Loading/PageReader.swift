import Foundation

/// The per-page steps of loading, each usable on its own (tests, fuzzing, `ocop diff`).
public enum PageReader {
    /// Pages larger than this are refused before any parsing: a description is a few kilobytes.
    public static let maxPageBytes = 1 << 20

    /// Reads a file's bytes and decodes them, enforcing the size limit.
    public static func read(_ url: URL, path: String) -> Result<SourceText, Diagnostic> {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            return .failure(.error("source.unreadable", "cannot read \(path)", at: SourceLocation(path: path)))
        }
        defer { try? handle.close() }
        do {
            // nil means end of file: an empty page, which decoding reports as such.
            let data = try handle.read(upToCount: maxPageBytes + 1) ?? Data()
            return decode([UInt8](data), path: path)
        } catch {
            return .failure(.error("source.unreadable", "cannot read \(path): \(error.localizedDescription)", at: SourceLocation(path: path)))
        }
    }

    /// Reads and decodes a file, with the hash of its bytes.
    public static func readHashed(_ url: URL, path: String) -> (Result<SourceText, Diagnostic>, UInt64) {
        readHashed(atPath: url.path, path: path)
    }

    /// The same from a file-system path (`fullPath`), shown to the user as `path`.
    public static func readHashed(atPath fullPath: String, path: String) -> (Result<SourceText, Diagnostic>, UInt64) {
        switch FileReading.bytes(atPath: fullPath, limit: maxPageBytes + 1) {
        case .failure(.cannotOpen):
            return (.failure(.error("source.unreadable", "cannot read \(path)", at: SourceLocation(path: path))), 0)
        case .failure(.cannotRead(let reason)):
            return (.failure(.error("source.unreadable", "cannot read \(path): \(reason)", at: SourceLocation(path: path))), 0)
        case .success(let bytes):
            var hash = Fingerprint()
            hash.combine(bytes)
            return (decode(bytes, path: path), hash.value)
        }
    }

    /// Decodes bytes already in memory (from disk, from git, from a fuzzer).
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        if bytes.count > maxPageBytes {
            return .failure(.error("source.too-large", "page is larger than \(maxPageBytes / 1024) KiB",
                                   at: SourceLocation(path: path), notes: ["a product description is a few kilobytes; move large media to images"]))
        }
        return SourceDecoder.decode(bytes, path: path)
    }

    /// A page's description as HTML, made again from the file (for products that came from the
    /// build cache, which does not keep it). The page is unchanged, so the result is the same.
    public static func descriptionHTML(root: String, path: String, unsafeHTML: Bool) -> String {
        guard case .success(let text) = read(URL(fileURLWithPath: root + "/" + path), path: path),
              case .success(let split) = FrontMatterSplitter.split(text) else { return "" }
        return MarkdownRenderer.render(split.body, bodyFirstLine: split.bodyFirstLine, source: text, unsafeHTML: unsafeHTML,
                                       into: DiagnosticCollector()).html
    }

    /// Splits and decodes the front matter.
    public static func frontMatter(of source: SourceText, into collector: DiagnosticCollector) -> (ProductFrontMatter, FrontMatter)? {
        let split: FrontMatter
        switch FrontMatterSplitter.split(source) {
        case .success(let value): split = value
        case .failure(let diagnostic):
            collector.add(diagnostic)
            return nil
        }
        let yaml = YAMLSource(source: source, yaml: split.yaml, firstLine: split.yamlFirstLine)
        guard let root = yaml.compose(into: collector) else {
            if !collector.hasErrors {
                collector.add(source.diagnostic(.error, "frontmatter.empty", "front matter is empty: a product needs name, producer, district, product_set, stars and certificate", at: .start))
            }
            return nil
        }
        guard let page = ProductDecoder.decode(root, yaml: yaml, into: collector) else { return nil }
        return (page, split)
    }
}
